using OneStop.Api.Tests.Features.Dossiers;

namespace OneStop.Api.Tests.Features.Reports;

/// <summary>Dashboard figures: the monthly II.06a totals and the ranking of sub-units.</summary>
public sealed class ReportOverviewTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    private const string Query = """
        query($input: ReportScopeInput!) {
          dossierResultsTrend(input: $input) { from to onTimeRate total { receivedTotal receivedDirectOrPostal carriedOver inProgressOverdue } }
          unitRanking(input: $input) { rank unit { code } onTimeRate onlineShare indexShare
            results { receivedTotal inProgressOverdue } backlog { open overdue } index { points maxPointsWithData } adoption { finished } } }
        """;

    [Fact]
    public async Task Months_and_sub_units_carry_the_report_figures_and_stay_in_the_viewers_scope()
    {
        await DossierApi.EnsureCatalogueAsync(factory);
        var admin = await factory.ClientAsync(DossierApi.Admin);
        await DossierApi.ReceiveOkAsync(admin, DossierApi.Intake(name: "Lê Văn Cũ", receivedAt: "2026-10-15T02:00:00Z"));
        await DossierApi.ReceiveOkAsync(await factory.ClientAsync(DossierApi.Receptionist), DossierApi.Intake(name: "Võ Văn Mới"));
        await DossierApi.ReceiveOkAsync(await factory.ClientAsync(DossierApi.OtherReceptionist), DossierApi.Intake(unit: DossierApi.NamTraMy));
        var input = new { from = "2026-10-01", to = "2026-11-26" };

        var inspector = await factory.ClientAsync(DossierApi.Inspector);
        var data = await inspector.DataAsync(Query, new { input });
        var months = data["dossierResultsTrend"]!.AsArray();
        Assert.Equal(["2026-10-01", "2026-11-01"], months.Select(m => m!.S("from")));
        Assert.Equal(["2026-10-31", "2026-11-26"], months.Select(m => m!.S("to")));
        Assert.Equal((1, 1, 0), (months[0]!["total"]!.I("receivedTotal"), months[0]!["total"]!.I("receivedDirectOrPostal"), months[0]!["total"]!.I("carriedOver")));
        // November: two new, the October one carried over and by then overdue; nothing resolved ⇒ no rate.
        Assert.Equal((3, 1, 1), (months[1]!["total"]!.I("receivedTotal"), months[1]!["total"]!.I("carriedOver"), months[1]!["total"]!.I("inProgressOverdue")));
        Assert.Null(months[1]!["onTimeRate"]);

        var ranking = data["unitRanking"]!.AsArray();
        Assert.Equal([DossierApi.TamKy, DossierApi.NamTraMy], ranking.Select(r => r!["unit"]!.S("code")).Order(StringComparer.Ordinal));
        Assert.Equal([1, 2], ranking.Select(r => r!.I("rank")));
        var tamKy = ranking.Single(r => r!["unit"]!.S("code") == DossierApi.TamKy)!;
        Assert.Equal((2, 1), (tamKy["results"]!.I("receivedTotal"), tamKy["results"]!.I("inProgressOverdue")));
        Assert.Equal((2, 1), (tamKy["backlog"]!.I("open"), tamKy["backlog"]!.I("overdue")));
        Assert.Equal(0m, tamKy["onlineShare"]!.GetValue<decimal>());
        Assert.Null(tamKy["onTimeRate"]);
        Assert.NotNull(tamKy["adoption"]);
        // Nam Trà My's only dossier is within its deadline: the better index share ranks it first.
        Assert.Equal(DossierApi.NamTraMy, ranking[0]!["unit"]!.S("code"));

        var other = await factory.ClientAsync(DossierApi.OtherLeader);
        var hidden = await other.DataAsync(Query, new { input = new { input.from, input.to, unitCode = DossierApi.TamKy } });
        Assert.Null(hidden["unitRanking"]);
        Assert.Null(hidden["dossierResultsTrend"]);
        var tooLong = await inspector.GraphQLAsync("query($input: ReportScopeInput!) { dossierResultsTrend(input: $input) { from } }",
            new { input = new { from = "2024-01-01", to = "2026-01-31" } });
        Assert.Equal("BAD_USER_INPUT", tooLong.ErrorCode());
    }
}
