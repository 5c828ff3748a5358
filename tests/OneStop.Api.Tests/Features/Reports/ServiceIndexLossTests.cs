using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Reports;
using OneStop.Api.Tests.Features.Dossiers;
using OneStop.Api.Tests.Infrastructure.Data;

namespace OneStop.Api.Tests.Features.Reports;

/// <summary>The Decision 766 drill-down: every listed dossier or procedure is exactly the gap between an indicator's numerator and denominator.</summary>
public sealed class ServiceIndexLossTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    private const string Query = """
        query($input: ServiceIndexLossesInput!) { serviceIndexLosses(input: $input) {
          index { unitCode points }
          indicators { groupCode count pointsLost indicator { code numerator denominator points maxPoints }
            dossiers { reason dossier { code } } procedures { reason procedure { code } } }
          lateSteps { unit { code } lateSteps dossiers } } }
        """;

    [Fact]
    public async Task Each_indicator_lists_the_dossiers_or_procedures_missing_from_its_numerator()
    {
        await DossierApi.EnsureCatalogueAsync(factory);
        var admin = await factory.ClientAsync(DossierApi.Admin);
        // Clock: Thu 26/11/2026 09:00 local. A: open, overdue since October. B: supplement requested today, weeks after its deadline.
        var a = await DossierApi.ReceiveOkAsync(admin, DossierApi.Intake(name: "Lê Văn Cũ", receivedAt: "2026-10-15T02:00:00Z"));
        var b = await DossierApi.ReceiveOkAsync(admin, DossierApi.Intake(name: "Trần Văn Bổ", receivedAt: "2026-10-20T02:00:00Z"));
        var v = await DossierApi.ActOkAsync(await factory.ClientAsync(DossierApi.Leader), "assignDossier", "AssignDossierInput", new { code = b.S("code"), expectedVersion = b.I("version") });
        var specialist = await factory.ClientAsync(DossierApi.Specialist);
        v = await DossierApi.ActOkAsync(specialist, "appraiseDossier", "AppraiseDossierInput", new { code = b.S("code"), expectedVersion = v.I("version"), opinion = "Thiếu" });
        await DossierApi.ActOkAsync(specialist, "requestDossierSupplement", "RequestDossierSupplementInput",
            new { code = b.S("code"), expectedVersion = v.I("version"), missingItems = new[] { "Giấy xác nhận" }, reason = "Thiếu" });
        await DossierApi.ReceiveOkAsync(await factory.ClientAsync(DossierApi.Receptionist), DossierApi.Intake(name: "Võ Văn Mới"));

        var leader = await factory.ClientAsync(DossierApi.Leader);
        var input = new { from = "2026-10-01", to = "2026-11-26", first = 200 };
        var losses = (await leader.DataAsync(Query, new { input }))["serviceIndexLosses"]!;
        Assert.Equal(DossierApi.TamKy, losses["index"]!.S("unitCode"));
        var indicators = losses["indicators"]!.AsArray().ToDictionary(i => i!["indicator"]!.S("code"), i => i!);
        Assert.Equal(["2.1", "3.1", "3.2", "3.3", "4.3"], indicators.Keys.Order(StringComparer.Ordinal));
        foreach (var (code, loss) in indicators)
        {
            var indicator = loss["indicator"]!;
            Assert.True(indicator.I("denominator") - indicator.I("numerator") == loss.I("count"), code);
            var listed = loss["dossiers"]!.AsArray().Count + loss["procedures"]!.AsArray().Count;
            Assert.True(Math.Min(loss.I("count"), 200) == listed, code);
            Assert.Equal(indicator["maxPoints"]!.GetValue<decimal>() - indicator["points"]!.GetValue<decimal>(), loss["pointsLost"]!.GetValue<decimal>());
        }

        // 2.1: three handled, one on time; the two late ones, longest past the deadline first.
        var late = indicators["2.1"]["dossiers"]!.AsArray();
        Assert.Equal([a.S("code"), b.S("code")], late.Select(d => d!["dossier"]!.S("code")));
        Assert.All(late, d => Assert.Equal("OPEN_OVERDUE", d!.S("reason")));
        Assert.Equal(3, indicators["3.3"].I("count"));
        Assert.All(indicators["3.3"]["dossiers"]!.AsArray(), d => Assert.Equal("NOT_FILED_ONLINE", d!.S("reason")));
        Assert.Equal(3, indicators["4.3"].I("count"));

        // One group only; another district's leader sees nothing of Tam Kỳ; bad input is a coded error.
        var one = (await leader.DataAsync(Query, new { input = new { input.from, input.to, group = "TDGQ" } }))["serviceIndexLosses"]!;
        Assert.Equal("2.1", Assert.Single(one["indicators"]!.AsArray())!["indicator"]!.S("code"));
        var other = await factory.ClientAsync(DossierApi.OtherLeader);
        Assert.Null((await other.DataAsync(Query, new { input = new { input.from, input.to, unitCode = DossierApi.TamKy } }))["serviceIndexLosses"]);
        Assert.Equal("BAD_USER_INPUT", (await leader.GraphQLAsync(Query, new { input = new { input.from, input.to, group = "XYZ" } })).ErrorCode());
    }

    [Fact]
    public void Drill_down_statements_translate_on_SqlServer()
    {
        using var db = DatabaseTests.SqlServer();
        var w = ReportWindow.Of(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), new DateTime(2026, 11, 26, 2, 0, 0, DateTimeKind.Utc));
        var scope = ResultsReportQueries.InScope(db.Dossiers.AsNoTracking(), "/1/4/", w, true);
        Assert.Contains("NOT EXISTS", IndexLossQueries.LateWithoutPauses(scope, w).ToQueryString(), StringComparison.Ordinal);
        Assert.Contains("[Channel] <> ", IndexLossQueries.NotOnline(scope).ToQueryString(), StringComparison.Ordinal);
        Assert.Contains("[DossierDocuments]", IndexLossQueries.NotDigitised(scope).ToQueryString(), StringComparison.Ordinal);
        Assert.Contains("[OnlineService]", IndexLossQueries.NotOfferedOnline(db, "/1/4/", w).ToQueryString(), StringComparison.Ordinal);
        Assert.Contains("[Dossiers]", IndexLossQueries.WithoutOnlineDossier(db, "/1/4/", w).ToQueryString(), StringComparison.Ordinal);
        var steps = IndexLossQueries.LateSteps(db, scope, w).ToQueryString();
        Assert.Contains("GROUP BY [d].[FromUnitId]", steps, StringComparison.Ordinal);
        Assert.Contains("COUNT(DISTINCT", steps, StringComparison.Ordinal);
    }
}
