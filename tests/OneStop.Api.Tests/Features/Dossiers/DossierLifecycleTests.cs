using static OneStop.Api.Tests.Features.Dossiers.DossierApi;

namespace OneStop.Api.Tests.Features.Dossiers;

public sealed class DossierLifecycleTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    private static object Ref(string code, int version) => new { code, expectedVersion = version };

    [Fact]
    public async Task Happy_path_from_receipt_to_return_with_national_codes_handovers_audit_and_forms()
    {
        await EnsureCatalogueAsync(factory);
        var desk = await factory.ClientAsync(Receptionist);
        var leader = await factory.ClientAsync(Leader);
        var specialist = await factory.ClientAsync(Specialist);
        var specialistId = await MyIdAsync(factory, Specialist);
        var leaderId = await MyIdAsync(factory, Leader);

        var d = await ReceiveOkAsync(desk, Intake());
        var code = d.S("code");
        Assert.Matches(@"^000\.00\.21\.H47-\d{6}-\d{4}$", code);
        Assert.Equal(("RECEIVED", 2), (d.S("status"), d.I("nationalStatusCode")));
        Assert.Equal(1, d.I("channelCode"));
        var preview = (await desk.DataAsync("query($r: DateTime!) { previewAppointment(procedureCode: \"9.900001\", receivedAt: $r) { appointmentAt } }",
            new { r = d.S("receivedAt") }))["previewAppointment"]!;
        Assert.Equal(preview.T("appointmentAt"), d.T("appointmentAt"));

        d = await ActOkAsync(leader, "assignDossier", "AssignDossierInput", new { code, expectedVersion = d.I("version"), officerId = specialistId });
        Assert.Equal(("IN_PROCESS", 4), (d.S("status"), d.I("nationalStatusCode")));
        Assert.Equal(1, d["currentStep"]!.I("ordinal"));
        Assert.Equal("Hoàng Văn Thẩm", d["assignee"]!.S("fullName"));
        d = await ActOkAsync(specialist, "appraiseDossier", "AppraiseDossierInput", new { code, expectedVersion = d.I("version"), opinion = "Đủ điều kiện" });
        d = await ActOkAsync(specialist, "submitDossierForApproval", "SubmitDossierForApprovalInput", new { code, expectedVersion = d.I("version"), leaderId });
        Assert.Equal(("AWAITING_APPROVAL", 2), (d.S("status"), d["currentStep"]!.I("ordinal")));
        d = await ActOkAsync(leader, "approveDossier", "ApproveDossierInput", Ref(code, d.I("version")));
        Assert.Equal("APPROVED", d.S("status"));
        d = await ActOkAsync(leader, "markDossierResultReady", "MarkDossierResultReadyInput", Ref(code, d.I("version")));
        Assert.Equal(("RESULT_READY", 9, "EARLY"), (d.S("status"), d.I("nationalStatusCode"), d.S("lateness")));
        d = await ActOkAsync(desk, "returnDossierResult", "ReturnDossierResultInput", new { code, expectedVersion = d.I("version"), method = "DESK" });
        Assert.Equal(("RETURNED", 10, "NONE"), (d.S("status"), d.I("nationalStatusCode"), d.S("violation")));

        var full = (await desk.DataAsync($$"""
            { dossier(code: "{{code}}") {
                auditTrail { action toStatus nationalStatusCode actorName before after }
                handovers { action fromUnit { code } toUnit { code } stepOrdinal stepResult toOfficer { fullName } }
                steps { ordinal dueAt } documents { name } deadlineExplanation { lines { kind text } } } }
            """))["dossier"]!;
        var audit = full["auditTrail"]!.AsArray();
        Assert.Equal(["RECEIVE", "ASSIGN", "APPRAISE", "SUBMIT_FOR_APPROVAL", "APPROVE", "MARK_RESULT_READY", "RETURN_RESULT"],
            audit.Select(a => a!.S("action")));
        Assert.Equal([2, 4, 4, 4, 4, 9, 10], audit.Select(a => a!.I("nationalStatusCode")));
        Assert.Contains("\"status\":\"Approved\"", audit[5]!.S("before"), StringComparison.Ordinal);
        var handovers = full["handovers"]!.AsArray();
        Assert.Equal(3, handovers.Count);
        Assert.Equal(1, handovers[1]!.I("stepOrdinal"));
        Assert.Equal("EARLY", handovers[1]!.S("stepResult"));
        Assert.Equal(3, full["steps"]!.AsArray().Count);
        Assert.Equal(2, full["documents"]!.AsArray().Count);
        Assert.Contains(full["deadlineExplanation"]!["lines"]!.AsArray(), l => l!.S("kind") == "DAY_OF_RECEIPT_NOT_COUNTED");

        var forms = (await desk.DataAsync($$"""
            { dossierForms(code: "{{code}}") {
                receipt { code receivingUnit request sets documents { name } processingTime { amount unit } appointmentAt fees { name } receivedBy }
                supplementRequest { items } refusal { reasons } apologies { reason }
                processControl { rows { fromUnit toUnit givenBy receivedBy at result } }
                trackingBook { code sequence procedureName processingUnit transferredAt resultReceivedAt returnedAt } } }
            """))["dossierForms"]!;
        Assert.Equal(code, forms["receipt"]!.S("code"));
        Assert.Equal("Phạm Thị Tiếp", forms["receipt"]!.S("receivedBy"));
        Assert.Null(forms["supplementRequest"]);
        Assert.Null(forms["refusal"]);
        Assert.Equal(3, forms["processControl"]!["rows"]!.AsArray().Count);
        Assert.NotNull(forms["trackingBook"]!["returnedAt"]);
    }

    [Fact]
    public async Task Invalid_transitions_and_roles_give_typed_errors()
    {
        await EnsureCatalogueAsync(factory);
        var desk = await factory.ClientAsync(Receptionist);
        var leader = await factory.ClientAsync(Leader);
        var specialist = await factory.ClientAsync(Specialist);
        var d = await ReceiveOkAsync(desk, Intake(name: "Trần Thị Bình"));
        var code = d.S("code");
        var v = d.I("version");

        var approve = await ActAsync(leader, "approveDossier", "ApproveDossierInput", Ref(code, v));
        Assert.Equal(("InvalidTransitionError", "INVALID_TRANSITION", "RECEIVED"),
            (approve["errors"]![0]!.S("__typename"), ErrorCode(approve), approve["errors"]![0]!.S("status")));
        Assert.Equal("INVALID_TRANSITION", ErrorCode(await ActAsync(desk, "returnDossierResult", "ReturnDossierResultInput", new { code, expectedVersion = v, method = "POST" })));
        Assert.Equal("ROLE_NOT_ALLOWED", ErrorCode(await ActAsync(desk, "approveDossier", "ApproveDossierInput", Ref(code, v))));
        Assert.Equal("CONCURRENCY_CONFLICT", ErrorCode(await ActAsync(leader, "assignDossier", "AssignDossierInput", new { code, expectedVersion = v + 5 })));

        d = await ActOkAsync(leader, "assignDossier", "AssignDossierInput", new { code, expectedVersion = v });
        var early = await ActAsync(specialist, "requestDossierSupplement", "RequestDossierSupplementInput",
            new { code, expectedVersion = d.I("version"), missingItems = new[] { "Giấy xác nhận" }, reason = "Thiếu" });
        Assert.Equal("INVALID_TRANSITION", ErrorCode(early));
        Assert.Equal("INVALID_TRANSITION", ErrorCode(await ActAsync(specialist, "submitDossierForApproval", "SubmitDossierForApprovalInput", new { code, expectedVersion = d.I("version") })));
        d = await ActOkAsync(specialist, "appraiseDossier", "AppraiseDossierInput", new { code, expectedVersion = d.I("version"), opinion = "Thiếu giấy tờ" });
        d = await ActOkAsync(specialist, "requestDossierSupplement", "RequestDossierSupplementInput",
            new { code, expectedVersion = d.I("version"), missingItems = new[] { "Giấy xác nhận cư trú" }, reason = "Thiếu giấy tờ" });
        Assert.Equal(("SUPPLEMENT_REQUESTED", 5, "WITHIN_DEADLINE"), (d.S("status"), d.I("nationalStatusCode"), d.S("deadlineState")));
        d = await ActOkAsync(desk, "resumeDossier", "ResumeDossierInput", Ref(code, d.I("version")));
        Assert.Equal("IN_PROCESS", d.S("status"));
        var second = await ActAsync(specialist, "requestDossierSupplement", "RequestDossierSupplementInput",
            new { code, expectedVersion = d.I("version"), missingItems = new[] { "Ảnh" }, reason = "Thiếu ảnh" });
        Assert.Equal("SUPPLEMENT_LIMIT", ErrorCode(second));
        d = await ActOkAsync(specialist, "pauseDossier", "PauseDossierInput",
            new { code, expectedVersion = d.I("version"), kind = "FINANCIAL_OBLIGATION", reason = "Nộp lệ phí trước bạ", legalBasis = "Luật Đất đai" });
        Assert.Equal(("PAUSED", 6), (d.S("status"), d.I("nationalStatusCode")));
        d = await ActOkAsync(specialist, "resumeDossier", "ResumeDossierInput", Ref(code, d.I("version")));
        d = await ActOkAsync(leader, "refuseDossier", "RefuseDossierInput", new { code, expectedVersion = d.I("version"), reasons = new[] { "Không đủ điều kiện" } });
        Assert.Equal(("REFUSED", 9), (d.S("status"), d.I("nationalStatusCode")));
        Assert.Equal("INVALID_TRANSITION", ErrorCode(await ActAsync(desk, "withdrawDossier", "WithdrawDossierInput", new { code, expectedVersion = d.I("version"), reason = "Rút" })));
        var refusal = (await desk.DataAsync($"{{ dossierForms(code: \"{code}\") {{ refusal {{ reasons atReception }} supplementRequest {{ items atDesk }} }} }}"))["dossierForms"]!;
        Assert.Equal("Không đủ điều kiện", refusal["refusal"]!["reasons"]![0]!.GetValue<string>());
        Assert.False(refusal["supplementRequest"]!["atDesk"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Desk_outcomes_supplement_once_refuse_with_reasons_withdraw_and_stop()
    {
        await EnsureCatalogueAsync(factory);
        var desk = await factory.ClientAsync(Receptionist);
        var leader = await factory.ClientAsync(Leader);
        var incomplete = await ReceiveOkAsync(desk, Intake(name: "Lê Văn Cường", outcome: "REQUEST_SUPPLEMENT"));
        Assert.Equal(("AWAITING_COMPLETION", 5), (incomplete.S("status"), incomplete.I("nationalStatusCode")));
        Assert.Null(incomplete["appointmentAt"]);
        var form = (await desk.DataAsync($"{{ dossierForms(code: \"{incomplete.S("code")}\") {{ supplementRequest {{ items atDesk }} }} }}"))["dossierForms"]!;
        Assert.True(form["supplementRequest"]!["atDesk"]!.GetValue<bool>());
        var accepted = await ActOkAsync(desk, "acceptCompletedDossier", "AcceptCompletedDossierInput", Ref(incomplete.S("code"), incomplete.I("version")));
        Assert.Equal("RECEIVED", accepted.S("status"));
        Assert.NotNull(accepted["appointmentAt"]);

        var refused = await ReceiveOkAsync(desk, Intake(name: "Võ Thị Dung", outcome: "REFUSE"));
        Assert.Equal(("REFUSED_AT_RECEPTION", 3), (refused.S("status"), refused.I("nationalStatusCode")));

        var w = await ReceiveOkAsync(desk, Intake(name: "Phan Văn Em"));
        w = await ActOkAsync(desk, "withdrawDossier", "WithdrawDossierInput", new { code = w.S("code"), expectedVersion = w.I("version"), reason = "Công dân rút hồ sơ" });
        Assert.Equal(("WITHDRAWN", 7), (w.S("status"), w.I("nationalStatusCode")));
        var s = await ReceiveOkAsync(desk, Intake(name: "Đỗ Thị Giang"));
        s = await ActOkAsync(leader, "stopDossier", "StopDossierInput", new { code = s.S("code"), expectedVersion = s.I("version"), reason = "Dừng theo đề nghị" });
        Assert.Equal(("STOPPED", 8), (s.S("status"), s.I("nationalStatusCode")));
    }

    [Fact]
    public async Task Intake_validates_the_applicant_documents_and_backfill_rights()
    {
        await EnsureCatalogueAsync(factory);
        var desk = await factory.ClientAsync(Receptionist);
        var bad = await ReceiveAsync(desk, Intake(idNumber: "12345"));
        Assert.Equal("applicant.idNumber", bad["errors"]![0]!.S("field"));
        var badPhone = await ReceiveAsync(desk, Intake(phone: "12"));
        Assert.Contains(badPhone["errors"]!.AsArray(), e => e!.S("field") == "applicant.phone");
        var missingDocs = await ReceiveAsync(desk, new
        {
            input = new
            {
                procedureCode = FiveDays,
                unitCode = TamKy,
                channel = "ONLINE",
                documents = new[] { new { name = "Tờ khai" } },
                applicant = new { kind = "CITIZEN", fullName = "Ngô Văn Hải", idNumber = "049095000124", phone = "0905000111" },
            },
        });
        Assert.Equal("documents", missingDocs["errors"]![0]!.S("field"));
        var unknown = await ReceiveAsync(desk, Intake(procedure: "1.999999"));
        Assert.Equal("PROCEDURE_NOT_IN_FORCE", ErrorCode(unknown));

        // A receptionist's receivedAt is ignored (server clock); DataEntry backfills the real timestamp.
        var now = factory.Clock.GetUtcNow();
        var ignored = await ReceiveOkAsync(desk, Intake(name: "Ngô Thị Hoa", receivedAt: "2026-02-12T09:00:00+07:00"));
        Assert.True(ignored.T("receivedAt") >= now.AddSeconds(-1));
        var entry = await factory.ClientAsync(DataEntry);
        var backfilled = await ReceiveOkAsync(entry, Intake(unit: NamTraMy, name: "Hồ Văn Ích", receivedAt: "2026-02-12T09:00:00+07:00"));
        Assert.StartsWith("000.00.32.H47-260212-", backfilled.S("code"), StringComparison.Ordinal);
        Assert.Equal(DateTimeOffset.Parse("2026-02-12T02:00:00Z", System.Globalization.CultureInfo.InvariantCulture), backfilled.T("receivedAt"));
    }
}
