using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Reports;
using OneStop.Api.Tests.Features.Dossiers;
using OneStop.Api.Tests.Infrastructure.Data;

namespace OneStop.Api.Tests.Features.Reports;

/// <summary>The backlog: open dossiers by deadline state, age, unit and officer, longest overdue first, within the viewer's scope.</summary>
public sealed class BacklogTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    private const string Query = """
        query($unit: String) { backlog(unitCode: $unit) { unitName unitCode
          total { open withinDeadline dueSoon overdue byAge }
          byAge { minDays maxDays count }
          byUnit { unit { code } counts { open overdue } }
          byOfficer { officerName unit { code } counts { open overdue } }
          longOverdue(first: 5) { overdueDays dossier { code applicant { fullName } } } } }
        """;

    [Fact]
    public async Task Open_dossiers_are_counted_by_state_age_unit_and_officer_with_the_longest_overdue_first()
    {
        await DossierApi.EnsureCatalogueAsync(factory);
        var admin = await factory.ClientAsync(DossierApi.Admin);
        // Clock: 26/11/2026 09:00 local. Five working days from 15/10 and 10/11 are long past.
        var oldest = await DossierApi.ReceiveOkAsync(admin, DossierApi.Intake(name: "Lê Văn Cũ", receivedAt: "2026-10-15T02:00:00Z"));
        var older = await DossierApi.ReceiveOkAsync(admin, DossierApi.Intake(name: "Phạm Thị Trễ", receivedAt: "2026-11-10T02:00:00Z"));
        await DossierApi.ReceiveOkAsync(await factory.ClientAsync(DossierApi.Receptionist), DossierApi.Intake(name: "Võ Văn Mới"));
        await DossierApi.ReceiveOkAsync(await factory.ClientAsync(DossierApi.OtherReceptionist), DossierApi.Intake(unit: DossierApi.NamTraMy));

        var leader = await factory.ClientAsync(DossierApi.Leader);
        var own = (await leader.DataAsync(Query))["backlog"]!;
        Assert.Equal(DossierApi.TamKy, own.S("unitCode"));
        var total = own["total"]!;
        Assert.Equal((3, 1, 0, 2), (total.I("open"), total.I("withinDeadline"), total.I("dueSoon"), total.I("overdue")));
        // 0–5 days: today's; 11–20: 10/11 (16 days); over 30: 15/10 (42 days).
        Assert.Equal([1, 0, 1, 0, 1], total["byAge"]!.AsArray().Select(n => n!.GetValue<int>()));
        Assert.Equal([0, 6, 11, 21, 31], own["byAge"]!.AsArray().Select(b => b!.I("minDays")));
        Assert.Null(own["byAge"]![4]!["maxDays"]);
        var officer = Assert.Single(own["byOfficer"]!.AsArray())!;
        Assert.Null(officer["officerName"]);
        Assert.Equal(3, officer["counts"]!.I("open"));

        var overdue = own["longOverdue"]!.AsArray();
        Assert.Equal([oldest.S("code"), older.S("code")], overdue.Select(o => o!["dossier"]!.S("code")));
        Assert.True(overdue[0]!.I("overdueDays") > overdue[1]!.I("overdueDays"));

        // The province: one row per district, the one with overdue dossiers first.
        var inspector = await factory.ClientAsync(DossierApi.Inspector);
        var province = (await inspector.DataAsync(Query))["backlog"]!;
        Assert.Equal(4, province["total"]!.I("open"));
        var rows = province["byUnit"]!.AsArray();
        Assert.Equal(DossierApi.TamKy, rows[0]!["unit"]!.S("code"));
        Assert.Equal((3, 2), (rows[0]!["counts"]!.I("open"), rows[0]!["counts"]!.I("overdue")));
        var namTraMy = rows.Single(r => r!["unit"]!.S("code") == DossierApi.NamTraMy)!;
        Assert.Equal((1, 0), (namTraMy["counts"]!.I("open"), namTraMy["counts"]!.I("overdue")));

        // Another district's leader cannot read Tam Kỳ's backlog; a receptionist reads their own unit; anonymous nothing.
        var other = await factory.ClientAsync(DossierApi.OtherLeader);
        Assert.Null((await other.DataAsync(Query, new { unit = DossierApi.TamKy }))["backlog"]);
        Assert.Equal(1, (await other.DataAsync(Query))["backlog"]!["total"]!.I("open"));
        Assert.NotNull((await (await factory.ClientAsync()).GraphQLAsync(Query))["errors"]);
        var bad = await inspector.GraphQLAsync("{ backlog { longOverdue(first: 0) { overdueDays } } }");
        Assert.Equal("BAD_USER_INPUT", bad.ErrorCode());
    }

    [Fact]
    public void Backlog_statements_translate_on_SqlServer()
    {
        using var db = DatabaseTests.SqlServer();
        var now = new DateTime(2026, 11, 26, 2, 0, 0, DateTimeKind.Utc);
        var open = BacklogQueries.Open(db.Dossiers.AsNoTracking(), "/1/4/");
        var cells = BacklogQueries.Cells(open, now, new DateOnly(2026, 11, 26), now.AddDays(1)).ToQueryString();
        Assert.Contains("GROUP BY [d].[CurrentUnitId], [d].[AssigneeId], [d].[AssigneeName]", cells, StringComparison.Ordinal);
        Assert.Contains("SUM(CASE", cells, StringComparison.Ordinal);
        Assert.Contains("LIKE", cells, StringComparison.Ordinal);
        var longest = BacklogQueries.LongestOverdue(open, now, new DateOnly(2026, 11, 26), 20).ToQueryString();
        Assert.Contains("TOP(@", longest, StringComparison.Ordinal);
        Assert.Contains("ORDER BY [d].[AppointmentAt], [d].[Id]", longest, StringComparison.Ordinal);
    }
}
