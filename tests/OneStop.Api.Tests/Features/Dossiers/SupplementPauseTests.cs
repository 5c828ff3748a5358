using System.Globalization;
using static OneStop.Api.Tests.Features.Dossiers.DossierApi;

namespace OneStop.Api.Tests.Features.Dossiers;

/// <summary>One test: it moves this class's clock (Thu 26 Nov 2026 09:00 → Tue 1 Dec 09:00, Vietnam time).</summary>
public sealed class SupplementPauseTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    [Fact]
    public async Task Supplement_after_appraisal_restarts_or_shifts_the_deadline_by_the_procedure_policy()
    {
        await EnsureCatalogueAsync(factory);
        var desk = await factory.ClientAsync(Receptionist);
        var leader = await factory.ClientAsync(Leader);
        var specialist = await factory.ClientAsync(Specialist);
        var restart = await ReceiveOkAsync(desk, Intake(FiveDays, name: "Phạm Văn Restart"));
        var shift = await ReceiveOkAsync(desk, Intake(FiveDaysShift, name: "Phạm Văn Shift"));
        var due = DateTimeOffset.Parse("2026-12-03T17:00:00+07:00", CultureInfo.InvariantCulture);
        Assert.Equal(due, restart.T("appointmentAt"));
        Assert.Equal(due, shift.T("appointmentAt"));

        async Task<int> Prepare(System.Text.Json.Nodes.JsonNode d)
        {
            var x = await ActOkAsync(leader, "assignDossier", "AssignDossierInput", new { code = d.S("code"), expectedVersion = d.I("version") });
            x = await ActOkAsync(specialist, "appraiseDossier", "AppraiseDossierInput", new { code = d.S("code"), expectedVersion = x.I("version"), opinion = "Thiếu" });
            return x.I("version");
        }
        var vr = await Prepare(restart);
        var vs = await Prepare(shift);
        factory.Clock.Advance(TimeSpan.FromDays(1));
        specialist = await FreshClientAsync(factory, Specialist);
        var r = await ActOkAsync(specialist, "requestDossierSupplement", "RequestDossierSupplementInput",
            new { code = restart.S("code"), expectedVersion = vr, missingItems = new[] { "Giấy xác nhận" }, reason = "Thiếu" });
        var s = await ActOkAsync(specialist, "requestDossierSupplement", "RequestDossierSupplementInput",
            new { code = shift.S("code"), expectedVersion = vs, missingItems = new[] { "Giấy xác nhận" }, reason = "Thiếu" });
        factory.Clock.Advance(TimeSpan.FromDays(4));
        desk = await FreshClientAsync(factory, Receptionist);
        r = await ActOkAsync(desk, "resumeDossier", "ResumeDossierInput", new { code = restart.S("code"), expectedVersion = r.I("version") });
        s = await ActOkAsync(desk, "resumeDossier", "ResumeDossierInput", new { code = shift.S("code"), expectedVersion = s.I("version") });

        // RESTART (Decree 107/2021): 5 working days again from Tue 1 Dec → Tue 8 Dec.
        Assert.Equal(DateTimeOffset.Parse("2026-12-08T17:00:00+07:00", CultureInfo.InvariantCulture), r.T("appointmentAt"));
        // SHIFT: the pause consumed Mon 30 Nov and Tue 1 Dec → Thu 3 Dec + 2 working days = Mon 7 Dec.
        Assert.Equal(DateTimeOffset.Parse("2026-12-07T17:00:00+07:00", CultureInfo.InvariantCulture), s.T("appointmentAt"));
        var ledger = (await desk.DataAsync($"{{ dossier(code: \"{shift.S("code")}\") {{ pauses {{ kind effect missingItems startedAt endedAt }} deadlineExplanation {{ lines {{ kind }} }} }} }}"))["dossier"]!;
        Assert.Equal("SHIFT", ledger["pauses"]![0]!.S("effect"));
        Assert.NotNull(ledger["pauses"]![0]!["endedAt"]);
        Assert.Contains(ledger["deadlineExplanation"]!["lines"]!.AsArray(), l => l!.S("kind") == "PAUSE_SHIFTED");
        var restartLedger = (await desk.DataAsync($"{{ dossier(code: \"{restart.S("code")}\") {{ pauses {{ effect }} deadlineExplanation {{ lines {{ kind }} }} }} }}"))["dossier"]!;
        Assert.Equal("RESTART", restartLedger["pauses"]![0]!.S("effect"));
        Assert.Contains(restartLedger["deadlineExplanation"]!["lines"]!.AsArray(), l => l!.S("kind") == "PAUSE_RESTARTED");
    }
}
