using OneStop.Api.Tests.Features.Dossiers;

namespace OneStop.Api.Tests.Features.Reports;

/// <summary>Decision 766 index: six groups with their maxima, computed indicators, and "no data" where the system has none.</summary>
public sealed class ServiceIndexTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    private const string Query = """
        query($input: ServiceIndexInput!) { serviceIndex(input: $input) { unitName points maxPoints maxPointsWithData
          groups { code maxPoints points maxPointsWithData indicators { code numerator denominator ratio points maxPoints fullPointsAt noDataReason } } } }
        """;

    [Fact]
    public async Task Groups_have_their_maxima_timeliness_and_online_share_are_computed_and_payments_have_no_data()
    {
        await DossierApi.EnsureCatalogueAsync(factory);
        var desk = await factory.ClientAsync(DossierApi.OtherReceptionist);
        await DossierApi.ReceiveOkAsync(desk, DossierApi.Intake(unit: DossierApi.NamTraMy));
        await DossierApi.ReceiveOkAsync(desk, DossierApi.Intake(unit: DossierApi.NamTraMy, name: "Hồ Thị Hoa"));
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime.AddHours(7)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var leader = await factory.ClientAsync(DossierApi.Inspector);
        var index = (await leader.DataAsync(Query, new { input = new { from = today, to = today, unitCode = DossierApi.NamTraMy } }))["serviceIndex"]!;

        var groups = index["groups"]!.AsArray().ToDictionary(g => g!.S("code"), g => g!);
        Assert.Equal(new Dictionary<string, int> { ["CKMB"] = 18, ["TDGQ"] = 20, ["CLGQ"] = 12, ["TTTT"] = 10, ["MDHL"] = 18, ["MDSH"] = 22 },
            groups.ToDictionary(g => g.Key, g => g.Value.I("maxPoints")));
        Assert.Equal(100, index.I("maxPoints"));

        // 2.1: both dossiers are open and within their deadline ⇒ 2/2, full 20 points.
        var timeliness = groups["TDGQ"]["indicators"]![0]!;
        Assert.Equal(2, timeliness.I("numerator"));
        Assert.Equal(2, timeliness.I("denominator"));
        Assert.Equal(20m, timeliness["points"]!.GetValue<decimal>());

        // 3.3: none filed online ⇒ 0 of 2, 0 points.
        var online = groups["CLGQ"]["indicators"]!.AsArray().Single(i => i!.S("code") == "3.3")!;
        Assert.Equal(0, online.I("numerator"));
        Assert.Equal(2, online.I("denominator"));
        Assert.Equal(0m, online["points"]!.GetValue<decimal>());

        // Payments and satisfaction: no data, never a number.
        foreach (var code in new[] { "TTTT", "MDHL" })
        {
            Assert.Null(groups[code]["points"]);
            Assert.All(groups[code]["indicators"]!.AsArray(), i => { Assert.Null(i!["points"]); Assert.False(string.IsNullOrEmpty(i.S("noDataReason"))); });
        }
        Assert.Equal(groups.Values.Sum(g => g["points"]?.GetValue<decimal>() ?? 0), index["points"]!.GetValue<decimal>());
    }
}
