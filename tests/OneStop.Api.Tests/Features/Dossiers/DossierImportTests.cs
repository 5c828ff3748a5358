using System.Text.Json.Nodes;
using static OneStop.Api.Tests.Features.Dossiers.DossierApi;

namespace OneStop.Api.Tests.Features.Dossiers;

/// <summary><c>importDossiers</c>: historical dossiers of a lagging district, per-row errors, idempotency by receipt code.</summary>
public sealed class DossierImportTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    private const string Mutation = """
        mutation($rows: [DossierImportRowInput!]!) { importDossiers(rows: $rows) {
          total imported skipped failed
          errors { row code error { __typename ... on UserError { code message } ... on ValidationError { field } } } } }
        """;

    private static object Row(int n, string finishedAt = "2020-03-05T08:00:00Z", string? returnedAt = "2020-03-06T02:00:00Z", string outcome = "RETURNED",
        string day = "200302", string receivedAt = "2020-03-02T01:00:00Z", string unit = NamTraMy, string procedure = FiveDays, object? apology = null,
        object? supplement = null, string? reasons = null) => new
        {
            code = $"{unit}-{day}-{n:D4}",
            procedureCode = procedure,
            channel = "DIRECT",
            applicant = new { kind = "CITIZEN", fullName = "Hồ Văn Lịch", idNumber = "049080001234", phone = "0905000111", address = "Trà Mai, Nam Trà My" },
            receivedAt,
            outcome,
            finishedAt,
            returnedAt,
            reasons,
            apology,
            supplement,
        };

    private static async Task<JsonNode> ImportAsync(HttpClient client, params object[] rows) =>
        (await client.DataAsync(Mutation, new { rows }))["importDossiers"]!;

    [Fact]
    public async Task Imports_valid_rows_reports_bad_rows_by_index_and_a_second_send_skips_what_exists()
    {
        await EnsureCatalogueAsync(factory);
        using var entry = await factory.ClientAsync(DataEntry);
        object[] rows =
        [
            Row(7),                                                                                  // 0 on time
            Row(8, finishedAt: "2020-03-20T08:00:00Z", returnedAt: "2020-03-21T02:00:00Z"),         // 1 late, no apology
            Row(9, finishedAt: "2020-03-11T08:00:00Z", returnedAt: "2020-03-12T02:00:00Z",
                apology: new { issuedAt = "2020-03-05T02:00:00Z", reason = "Cần xác minh", newAppointmentAt = "2020-03-13T10:00:00Z" }), // 2 late, apologised
            Row(10, supplement: new { requestedAt = "2020-03-03T02:00:00Z", resumedAt = "2020-03-04T02:00:00Z", missingItems = new[] { "Bản sao CCCD" } }), // 3
            Row(11, outcome: "WITHDRAWN", returnedAt: null, reasons: "Người nộp rút hồ sơ"),         // 4
            new { code = "khong-hop-le", procedureCode = FiveDays, applicant = new { kind = "CITIZEN", fullName = "A B", idNumber = "049080001234", phone = "0905000111" },
                receivedAt = "2020-03-02T01:00:00Z", outcome = "RETURNED", finishedAt = "2020-03-05T08:00:00Z", returnedAt = "2020-03-06T02:00:00Z" }, // 5 bad code
            Row(12, day: "200303"),                                                                  // 6 date differs from the code
            Row(13, finishedAt: "2020-03-01T08:00:00Z", returnedAt: "2020-03-01T09:00:00Z"),         // 7 ends before receipt
            Row(14, procedure: "1.999999"),                                                          // 8 unknown procedure
            Row(15, unit: TamKy),                                                                    // 9 another district
            Row(7),                                                                                  // 10 duplicate in the file
            Row(16, outcome: "REFUSED", returnedAt: null),                                           // 11 refusal without reasons
            Row(17, receivedAt: "2020-03-02T01:00:00Z", finishedAt: "2027-01-01T00:00:00Z", returnedAt: null, outcome: "RESULT_READY"), // 12 future
        ];
        var result = await ImportAsync(entry, rows);
        Assert.Equal(13, result["total"]!.GetValue<int>());
        Assert.Equal(5, result["imported"]!.GetValue<int>());
        Assert.Equal(8, result["failed"]!.GetValue<int>());
        var errors = result["errors"]!.AsArray().ToDictionary(e => e!["row"]!.GetValue<int>(), e => e!["error"]!);
        Assert.Equal([5, 6, 7, 8, 9, 10, 11, 12], errors.Keys.Order());
        Assert.Equal("code", errors[5]["field"]!.GetValue<string>());
        Assert.Equal("receivedAt", errors[6]["field"]!.GetValue<string>());
        Assert.Equal("finishedAt", errors[7]["field"]!.GetValue<string>());
        Assert.Equal("ProcedureNotInForceError", errors[8]["__typename"]!.GetValue<string>());
        Assert.Equal("NotFoundError", errors[9]["__typename"]!.GetValue<string>());
        Assert.Equal("reasons", errors[11]["field"]!.GetValue<string>());

        using var admin = await factory.ClientAsync(Admin);
        const string q = "query($c: String!) { dossier(code: $c) { status lateness violation reappointments supplementRequests auditTrail { action } } }";
        var onTime = (await admin.DataAsync(q, new { c = $"{NamTraMy}-200302-0007" }))["dossier"]!;
        Assert.Equal("RETURNED", onTime["status"]!.GetValue<string>());
        Assert.NotEqual("LATE", onTime["lateness"]!.GetValue<string>());
        Assert.Equal(["RECEIVE", "ASSIGN", "APPRAISE", "SUBMIT_FOR_APPROVAL", "APPROVE", "MARK_RESULT_READY", "RETURN_RESULT"],
            onTime["auditTrail"]!.AsArray().Select(a => a!["action"]!.GetValue<string>()));
        var late = (await admin.DataAsync(q, new { c = $"{NamTraMy}-200302-0008" }))["dossier"]!;
        Assert.Equal("LATE", late["lateness"]!.GetValue<string>());
        Assert.Equal("LATE_WITHOUT_APOLOGY", late["violation"]!.GetValue<string>());
        var apologised = (await admin.DataAsync(q, new { c = $"{NamTraMy}-200302-0009" }))["dossier"]!;
        Assert.Equal("LATE", apologised["lateness"]!.GetValue<string>());
        Assert.Equal("NONE", apologised["violation"]!.GetValue<string>());
        Assert.Equal(1, apologised["reappointments"]!.GetValue<int>());
        Assert.Equal(1, (await admin.DataAsync(q, new { c = $"{NamTraMy}-200302-0010" }))["dossier"]!["supplementRequests"]!.GetValue<int>());
        Assert.Equal("WITHDRAWN", (await admin.DataAsync(q, new { c = $"{NamTraMy}-200302-0011" }))["dossier"]!["status"]!.GetValue<string>());

        // Idempotent: the same file again imports nothing and skips the stored codes.
        var again = await ImportAsync(entry, rows);
        Assert.Equal(0, again["imported"]!.GetValue<int>());
        Assert.Equal(6, again["skipped"]!.GetValue<int>()); // rows 0-4 and the in-file duplicate of row 0
        Assert.Equal(7, again["failed"]!.GetValue<int>());

        // The day's counter continues after the highest imported sequence.
        var next = await ReceiveOkAsync(entry, Intake(unit: NamTraMy, receivedAt: "2020-03-02T03:00:00Z"));
        Assert.Equal($"{NamTraMy}-200302-0012", next["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_data_entry_and_admin_may_import()
    {
        await EnsureCatalogueAsync(factory);
        using var receptionist = await factory.ClientAsync(OtherReceptionist);
        var body = await receptionist.GraphQLAsync(Mutation, new { rows = new[] { Row(40) } });
        Assert.NotNull(body["errors"]);
    }
}
