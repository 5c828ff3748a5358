using OneStop.Api.Tests.Features.Dossiers;

namespace OneStop.Api.Tests.Features.Reports;

public sealed class SystemAdoptionTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    [Fact]
    public async Task Every_district_is_listed_with_Nam_Tra_My_and_Nam_Giang_visible_and_no_data_is_null()
    {
        var analyst = await factory.ClientAsync(DossierApi.Analyst);
        var rows = (await analyst.DataAsync("""{ systemAdoption(from: "2026-01-01", to: "2026-11-30") { unit { code } finished endToEnd endToEndShare returnedShare } }"""))["systemAdoption"]!.AsArray();
        var codes = rows.Select(r => r!["unit"]!.S("code")).ToList();
        Assert.Contains("000.00.32.H47", codes);
        Assert.Contains("000.00.36.H47", codes);
        Assert.All(rows, r => Assert.Equal(0, r!.I("finished")));
        Assert.All(rows, r => Assert.Null(r!["endToEndShare"]));
        var desk = await factory.ClientAsync(DossierApi.Receptionist);
        Assert.NotNull((await desk.GraphQLAsync("""{ systemAdoption(from: "2026-01-01", to: "2026-11-30") { finished } }"""))["errors"]);
    }
}
