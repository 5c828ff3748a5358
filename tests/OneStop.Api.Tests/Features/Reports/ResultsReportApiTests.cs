using OneStop.Api.Tests.Features.Dossiers;

namespace OneStop.Api.Tests.Features.Reports;

/// <summary>The II.06a query over HTTP: columns, grouping, scope and authorisation.</summary>
public sealed class ResultsReportApiTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    private const string Query = """
        query($input: DossierResultsReportInput!) { dossierResultsReport(input: $input) {
          from to unitName groupBy
          rows { label code receivedTotal receivedOnline receivedDirectOrPostal carriedOver resolvedTotal resolvedEarly resolvedOnTime resolvedLate
                 inProgressTotal inProgressWithinDeadline inProgressOverdue }
          total { receivedTotal receivedOnline receivedDirectOrPostal carriedOver resolvedTotal inProgressTotal inProgressWithinDeadline inProgressOverdue } } }
        """;

    [Fact]
    public async Task Dossiers_received_today_appear_by_unit_and_officers_see_only_their_subtree()
    {
        await DossierApi.EnsureCatalogueAsync(factory);
        var tamKy = await factory.ClientAsync(DossierApi.Receptionist);
        var namTraMy = await factory.ClientAsync(DossierApi.OtherReceptionist);
        await DossierApi.ReceiveOkAsync(tamKy, DossierApi.Intake());
        await DossierApi.ReceiveOkAsync(tamKy, DossierApi.Intake(name: "Trần Thị Bình"));
        await DossierApi.ReceiveOkAsync(namTraMy, DossierApi.Intake(unit: DossierApi.NamTraMy));
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime.AddHours(7)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var input = new { from = today, to = today, groupBy = "UNIT" };

        var inspector = await factory.ClientAsync(DossierApi.Inspector);
        var report = (await inspector.DataAsync(Query, new { input }))["dossierResultsReport"]!;
        Assert.Equal("UNIT", report["groupBy"]!.GetValue<string>());
        Assert.Equal(3, report["total"]!.I("receivedTotal"));
        Assert.Equal(3, report["total"]!.I("receivedDirectOrPostal"));
        Assert.Equal(3, report["total"]!.I("inProgressWithinDeadline"));
        var rows = report["rows"]!.AsArray();
        Assert.Equal([DossierApi.TamKy, DossierApi.NamTraMy], rows.Select(r => r!.S("code")).Order(StringComparer.Ordinal));
        Assert.Equal(2, rows.Single(r => r!.S("code") == DossierApi.TamKy)!.I("receivedTotal"));

        // An officer reports on their own unit by default and cannot read another district.
        var own = (await tamKy.DataAsync(Query, new { input }))["dossierResultsReport"]!;
        Assert.Equal(2, own["total"]!.I("receivedTotal"));
        var other = (await tamKy.DataAsync(Query, new { input = new { from = today, to = today, unitCode = DossierApi.NamTraMy } }))["dossierResultsReport"];
        Assert.Null(other);

        var anonymous = await (await factory.ClientAsync()).GraphQLAsync(Query, new { input });
        Assert.NotNull(anonymous["errors"]);
        var bad = await inspector.GraphQLAsync(Query, new { input = new { from = "2026-03-01", to = "2026-01-01" } });
        Assert.Equal("BAD_USER_INPUT", bad.ErrorCode());
    }

    [Fact]
    public async Task Report_periods_use_the_configured_cut_off()
    {
        var data = await (await factory.ClientAsync()).DataAsync("{ q1: reportPeriod(kind: QUARTER, year: 2026, number: 1) { from to } y: reportPeriod(kind: YEAR, year: 2026) { from to } }");
        Assert.Equal("2025-12-15", data["q1"]!.S("from"));
        Assert.Equal("2026-03-14", data["q1"]!.S("to"));
        Assert.Equal("2026-12-14", data["y"]!.S("to"));
    }
}
