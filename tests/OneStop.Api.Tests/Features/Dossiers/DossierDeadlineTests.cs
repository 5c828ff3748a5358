using System.Globalization;
using System.Text.Json.Nodes;
using static OneStop.Api.Tests.Features.Dossiers.DossierApi;

namespace OneStop.Api.Tests.Features.Dossiers;

public sealed class DossierDeadlineTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    private static DateTimeOffset At(string s) => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture);

    private async Task<JsonNode> PreviewAsync(string procedure, string receivedAt)
    {
        var client = factory.CreateClient();
        return (await client.DataAsync("""
            query($p: String!, $r: DateTime!) { previewAppointment(procedureCode: $p, receivedAt: $r) {
              appointmentAt dueDate procedure { code number } explanation { provisional text lines { kind date text } } } }
            """, new { p = procedure, r = receivedAt }))["previewAppointment"]!;
    }

    [Theory]
    // Tết 2026 (Sat 14 – Sun 22 Feb off): Fri 13 counts, then Mon 23 … Thu 26.
    [InlineData(FiveDays, "2026-02-12T09:00:00+07:00", "2026-02-26T17:00:00+07:00")]
    // Ordinary week: the day of receipt is not counted.
    [InlineData(FiveDays, "2026-11-23T10:00:00+07:00", "2026-11-30T17:00:00+07:00")]
    // Cut-off 15:00: at 14:00 the period runs from today; at 15:30 from the next working day.
    [InlineData(SameDay, "2026-11-25T14:00:00+07:00", "2026-11-26T17:00:00+07:00")]
    [InlineData(SameDay, "2026-11-25T15:30:00+07:00", "2026-11-27T17:00:00+07:00")]
    // Hùng Kings 2026 (Mon 27 Apr off) and 30/4–1/5.
    [InlineData(SameDay, "2026-04-24T16:00:00+07:00", "2026-04-29T17:00:00+07:00")]
    public async Task Appointment_follows_the_version_in_force_calendar_and_cut_off(string procedure, string receivedAt, string expected)
    {
        await EnsureCatalogueAsync(factory);
        var preview = await PreviewAsync(procedure, receivedAt);
        Assert.Equal(At(expected), preview.T("appointmentAt"));
        Assert.Equal(1, preview["procedure"]!.I("number"));
        Assert.False(string.IsNullOrWhiteSpace(preview["explanation"]!.S("text")));
    }

    [Fact]
    public async Task Explanation_lists_the_Tet_days_skipped_in_vietnamese_and_english()
    {
        await EnsureCatalogueAsync(factory);
        var vi = await PreviewAsync(FiveDays, "2026-02-12T09:00:00+07:00");
        var skipped = vi["explanation"]!["lines"]!.AsArray().Where(l => l!.S("kind") == "SKIPPED_DAY").ToList();
        Assert.Equal(9, skipped.Count);
        Assert.Contains("Tết", vi["explanation"]!.S("text"), StringComparison.Ordinal);
        var en = factory.CreateClient();
        en.DefaultRequestHeaders.Add("Accept-Language", "en");
        var text = (await en.DataAsync("{ previewAppointment(procedureCode: \"9.900001\", receivedAt: \"2026-02-12T09:00:00+07:00\") { explanation { text } } }"))
            ["previewAppointment"]!["explanation"]!.S("text");
        Assert.Contains("Skipped", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backfilled_dossier_is_bound_to_the_version_in_force_and_its_code_uses_the_local_day()
    {
        await EnsureCatalogueAsync(factory);
        var admin = await factory.ClientAsync(Admin);
        // 23:30 on 12 Feb local is still the 12th in Vietnam (16:30 UTC).
        var d = await ReceiveOkAsync(admin, Intake(name: "Mai Văn Khánh", receivedAt: "2026-02-12T16:30:00Z"));
        Assert.StartsWith("000.00.21.H47-260212-", d.S("code"), StringComparison.Ordinal);
        // Outside office hours: received at the next opening (Fri 13 Feb), which is then not counted → Fri 27 Feb.
        Assert.Equal(At("2026-02-27T17:00:00+07:00"), d.T("appointmentAt"));
        Assert.Equal("OVERDUE", d.S("deadlineState"));
        var explanation = (await admin.DataAsync($"{{ deadlineExplanation(code: \"{d.S("code")}\") {{ dueDate lines {{ kind }} }} }}"))["deadlineExplanation"]!;
        Assert.Equal("2026-02-27", explanation.S("dueDate"));
        Assert.Contains(explanation["lines"]!.AsArray(), l => l!.S("kind") == "OUTSIDE_OFFICE_HOURS");
    }

    [Fact]
    public async Task Apology_rules_new_appointment_once_and_not_on_the_last_day()
    {
        await EnsureCatalogueAsync(factory);
        var desk = await factory.ClientAsync(Receptionist);
        var leader = await factory.ClientAsync(Leader);
        var d = await ReceiveOkAsync(desk, Intake(name: "Trương Thị Lan"));
        var newAt = d.T("appointmentAt").AddDays(7);
        d = await ActOkAsync(leader, "apologiseForDossier", "ApologiseForDossierInput", new
        {
            code = d.S("code"),
            expectedVersion = d.I("version"),
            reason = "Chờ xác minh",
            responsibleUnitCode = "000.51.21.H47",
            newAppointmentAt = newAt,
        });
        Assert.Equal(newAt, d.T("appointmentAt"));
        Assert.Equal(1, d.I("reappointments"));
        var again = await ActAsync(leader, "apologiseForDossier", "ApologiseForDossierInput", new
        {
            code = d.S("code"),
            expectedVersion = d.I("version"),
            reason = "Lần hai",
            responsibleUnitCode = TamKy,
            newAppointmentAt = newAt.AddDays(3),
        });
        Assert.Equal(("ReappointmentLimitError", "REAPPOINTMENT_LIMIT"), (again["errors"]![0]!.S("__typename"), ErrorCode(again)));
        var form = (await leader.DataAsync($"{{ dossierForms(code: \"{d.S("code")}\") {{ apologies {{ reason responsibleUnit newAppointmentAt }} }} }}"))["dossierForms"]!;
        Assert.Equal("Chờ xác minh", form["apologies"]![0]!.S("reason"));

        // Received Thu 19 Nov 2026, 5 working days: due Thu 26 Nov, the clock's day: too late to apologise.
        var admin = await factory.ClientAsync(Admin);
        var late = await ReceiveOkAsync(admin, Intake(name: "Lý Văn Minh", receivedAt: "2026-11-19T09:00:00+07:00"));
        var tooLate = await ActAsync(admin, "apologiseForDossier", "ApologiseForDossierInput", new
        {
            code = late.S("code"),
            expectedVersion = late.I("version"),
            reason = "Muộn",
            responsibleUnitCode = TamKy,
            newAppointmentAt = "2026-12-10T17:00:00+07:00",
        });
        Assert.Equal("TOO_LATE_TO_APOLOGISE", ErrorCode(tooLate));
    }

    [Fact]
    public async Task Late_return_without_apology_is_a_violation_inspectors_see()
    {
        await EnsureCatalogueAsync(factory);
        var admin = await factory.ClientAsync(Admin);
        var d = await ReceiveOkAsync(admin, Intake(name: "Tôn Nữ Ngọc", receivedAt: "2026-11-02T09:00:00+07:00"));
        var code = d.S("code");
        d = await ActOkAsync(admin, "assignDossier", "AssignDossierInput", new { code, expectedVersion = d.I("version") });
        Assert.Equal("OVERDUE", d["currentStep"]!.S("state"));
        d = await ActOkAsync(admin, "appraiseDossier", "AppraiseDossierInput", new { code, expectedVersion = d.I("version"), opinion = "Đạt" });
        d = await ActOkAsync(admin, "submitDossierForApproval", "SubmitDossierForApprovalInput", new { code, expectedVersion = d.I("version") });
        d = await ActOkAsync(admin, "approveDossier", "ApproveDossierInput", new { code, expectedVersion = d.I("version") });
        d = await ActOkAsync(admin, "markDossierResultReady", "MarkDossierResultReadyInput", new { code, expectedVersion = d.I("version") });
        Assert.Equal("LATE", d.S("lateness"));
        d = await ActOkAsync(admin, "returnDossierResult", "ReturnDossierResultInput", new { code, expectedVersion = d.I("version"), method = "POST" });
        Assert.Equal("LATE_WITHOUT_APOLOGY", d.S("violation"));
        var inspector = await factory.ClientAsync(Inspector);
        var seen = (await inspector.DataAsync("{ dossiers(first: 50, where: { hasViolation: true }) { nodes { code violation } } }"))["dossiers"]!["nodes"]!.AsArray();
        Assert.Contains(seen, n => n!.S("code") == code);
        var late = (await inspector.DataAsync("{ dossiers(first: 50, where: { deadlineState: LATE }) { nodes { code } } }"))["dossiers"]!["nodes"]!.AsArray();
        Assert.Contains(late, n => n!.S("code") == code);
    }
}
