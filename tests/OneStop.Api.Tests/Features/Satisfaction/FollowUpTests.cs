using static OneStop.Api.Tests.Features.Dossiers.DossierApi;
using static OneStop.Api.Tests.Features.Satisfaction.SatisfactionApi;

namespace OneStop.Api.Tests.Features.Satisfaction;

/// <summary>Moves the clock: its own database.</summary>
public sealed class FollowUpTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    private const string Resolve = """
        mutation($i: ResolveFollowUpInput!) { resolveFollowUp(input: $i) { followUp { status outcome upheld overdue } errors { __typename ... on UserError { code } } } }
        """;

    [Fact]
    public async Task Not_satisfied_opens_a_follow_up_for_the_unit_leader_on_the_working_day_calendar_and_the_citizen_sees_the_outcome()
    {
        // Thursday 26 Nov 2026, 09:00 local.
        var (code, token) = await ReturnedAsync(factory, phone: "0905111222");
        var anon = await factory.ClientAsync();
        var rated = await RateAsync(anon, token, "NOT_SATISFIED", reason: "Phải đi lại hai lần");
        Assert.Equal("", Code0(rated));

        var leader = await FreshClientAsync(factory, Leader);
        var inbox = (await leader.DataAsync("{ followUps(where: { mine: true, status: OPEN }) { id dossierCode reason assigneeName acknowledgeBy resolveBy version } }"))["followUps"]!.AsArray();
        var f = inbox.Single(x => x!.S("dossierCode") == code)!;
        Assert.Equal(("Võ Đình Lãnh", "Phải đi lại hai lần"), (f.S("assigneeName"), f.S("reason")));
        // 2 working days after Thursday: Monday; 15 working days: Thursday 17 Dec (weekends skipped).
        Assert.Equal(("2026-11-30", "2026-12-17"), (f.S("acknowledgeBy"), f.S("resolveBy")));

        // Officers of another unit neither see nor act on it; the desk cannot resolve.
        var otherLeader = await FreshClientAsync(factory, OtherLeader);
        Assert.DoesNotContain((await otherLeader.DataAsync("{ followUps { dossierCode } }"))["followUps"]!.AsArray(), x => x!.S("dossierCode") == code);
        var input = new { i = new { id = f.S("id"), expectedVersion = f.I("version"), outcome = "Đã xin lỗi công dân và nhắc nhở bộ phận", upheld = true } };
        Assert.Equal("NOT_FOUND", (await otherLeader.DataAsync(Resolve, input))["resolveFollowUp"]!["errors"]![0]!.S("code"));
        Assert.Equal("ROLE_NOT_ALLOWED", (await (await FreshClientAsync(factory, Receptionist)).DataAsync(Resolve, input))["resolveFollowUp"]!["errors"]![0]!.S("code"));
        Assert.Null(await EvaluationAsync(otherLeader, code));

        // Three working days later (Tuesday) the acknowledgement is overdue.
        factory.Clock.Advance(TimeSpan.FromDays(5));
        leader = await FreshClientAsync(factory, Leader);
        var late = (await leader.DataAsync("{ followUps(where: { status: OPEN }) { dossierCode overdue } }"))["followUps"]!.AsArray().Single(x => x!.S("dossierCode") == code)!;
        Assert.True(late["overdue"]!.GetValue<bool>());
        var resolved = (await leader.DataAsync(Resolve, input))["resolveFollowUp"]!;
        Assert.Empty(resolved["errors"]!.AsArray());
        Assert.Equal(("RESOLVED", false), (resolved["followUp"]!.S("status"), resolved["followUp"]!["overdue"]!.GetValue<bool>()));
        Assert.Equal("CONCURRENCY_CONFLICT", (await leader.DataAsync(Resolve, input))["resolveFollowUp"]!["errors"]![0]!.S("code"));

        // The citizen (code + phone) sees the outcome, not the officer's name; the valid complaint costs index 7.
        var seen = (await EvaluationAsync(anon, code, "1222"))!;
        var mine = seen["followUps"]![0]!;
        Assert.Equal(("RESOLVED", "Đã xin lỗi công dân và nhắc nhở bộ phận", null), (mine.S("status"), mine.S("outcome"), mine["assigneeName"]));
        Assert.Equal(0, seen["indices"]![6]!.I("points"));
        Assert.Equal(2, seen["indices"]![7]!.I("points"));
        Assert.Null(await EvaluationAsync(anon, code, "9999"));
    }
}
