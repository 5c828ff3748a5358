using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Reports;
using OneStop.Api.Tests.Features.Dossiers;
using OneStop.Api.Tests.Infrastructure.Data;

namespace OneStop.Api.Tests.Features.Reports;

public sealed class SystemAdoptionTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    [Fact]
    public async Task Every_district_is_listed_with_Nam_Tra_My_and_Nam_Giang_visible_and_no_data_is_null()
    {
        var analyst = await factory.ClientAsync(DossierApi.Analyst);
        var rows = (await analyst.DataAsync("""{ systemAdoption(from: "2026-01-01", to: "2026-11-30") { unit { code } finished endToEnd endToEndShare returnedShare rank } }"""))["systemAdoption"]!.AsArray();
        var codes = rows.Select(r => r!["unit"]!.S("code")).ToList();
        Assert.Contains("000.00.32.H47", codes);
        Assert.Contains("000.00.36.H47", codes);
        Assert.All(rows, r => Assert.Equal(0, r!.I("finished")));
        Assert.All(rows, r => Assert.Null(r!["endToEndShare"]));
        Assert.All(rows, r => Assert.Null(r!["rank"]));
        var desk = await factory.ClientAsync(DossierApi.Receptionist);
        Assert.NotNull((await desk.GraphQLAsync("""{ systemAdoption(from: "2026-01-01", to: "2026-11-30") { finished } }"""))["errors"]);
    }

    [Fact]
    public async Task Backfilled_dossiers_count_as_entered_after_the_fact_and_the_district_is_ranked()
    {
        await DossierApi.EnsureCatalogueAsync(factory);
        var entry = await factory.ClientAsync(DossierApi.DataEntry);
        object Row(int n, string? returnedAt, string? outcome = null) => new
        {
            code = $"{DossierApi.NamTraMy}-200304-{n:D4}",
            procedureCode = DossierApi.FiveDays,
            channel = "DIRECT",
            applicant = new { kind = "CITIZEN", fullName = "Hồ Văn Lịch", idNumber = "049080001234", phone = "0905000111", address = "Trà Mai, Nam Trà My" },
            receivedAt = "2020-03-04T01:00:00Z",
            outcome = outcome ?? (returnedAt is null ? "RESULT_READY" : "RETURNED"),
            reasons = outcome == "STOPPED" ? "Hồ sơ giải quyết ngoài hệ thống (bản giấy)." : null,
            finishedAt = "2020-03-06T08:00:00Z",
            returnedAt,
        };
        var import = (await entry.DataAsync("mutation($rows: [DossierImportRowInput!]!) { importDossiers(rows: $rows) { imported failed } }",
            new { rows = new[] { Row(1, "2020-03-07T02:00:00Z"), Row(2, null), Row(3, null, "STOPPED") } }))["importDossiers"]!;
        Assert.Equal(3, import.I("imported"));

        var inspector = await factory.ClientAsync(DossierApi.Inspector);
        var rows = (await inspector.DataAsync("""{ systemAdoption(from: "2020-01-01", to: "2020-12-31") { unit { code } finished endToEnd backfilled returned endToEndShare backfilledShare returnedShare rank } }"""))["systemAdoption"]!.AsArray();
        var namTraMy = rows.Single(r => r!["unit"]!.S("code") == DossierApi.NamTraMy)!;
        // A stopped dossier (how paper handling ends in the system) counts against the shares.
        Assert.Equal((3, 0, 3, 1), (namTraMy.I("finished"), namTraMy.I("endToEnd"), namTraMy.I("backfilled"), namTraMy.I("returned")));
        Assert.Equal(0m, namTraMy["endToEndShare"]!.GetValue<decimal>());
        Assert.Equal(1m, namTraMy["backfilledShare"]!.GetValue<decimal>());
        Assert.Equal(0.3333m, namTraMy["returnedShare"]!.GetValue<decimal>());
        Assert.Equal(1, namTraMy.I("rank"));
        // Lagging first: the only district with data comes first, the others (no data) after it.
        Assert.Equal(DossierApi.NamTraMy, rows[0]!["unit"]!.S("code"));
        Assert.All(rows.Skip(1), r => Assert.Null(r!["rank"]));
    }

    [Fact]
    public void Adoption_statements_translate_on_SqlServer()
    {
        using var db = DatabaseTests.SqlServer();
        var w = ReportWindow.Of(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), new DateTime(2026, 11, 26, 2, 0, 0, DateTimeKind.Utc));
        var finished = SystemAdoption.Finished(db.Dossiers.AsNoTracking(), w);
        var endToEnd = SystemAdoption.Counts(SystemAdoption.EndToEnd(db, finished)).ToQueryString();
        Assert.Contains("GROUP BY [d].[ReceivingUnitId]", endToEnd, StringComparison.Ordinal);
        Assert.Contains("NOT EXISTS", endToEnd, StringComparison.Ordinal);
        var backfilled = SystemAdoption.Counts(SystemAdoption.Backfilled(db, finished)).ToQueryString();
        Assert.Contains("[DossierAuditEntries]", backfilled, StringComparison.Ordinal);
        Assert.Contains("[Note] = ", backfilled, StringComparison.Ordinal);
    }
}
