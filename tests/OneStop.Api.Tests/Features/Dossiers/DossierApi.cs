using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OneStop.Api.Tests.Features.Dossiers;

/// <summary>Test catalogue (imported with past effective dates) and GraphQL helpers for dossier tests.</summary>
public static class DossierApi
{
    public const string Admin = "admin@onestop.local";
    public const string Inspector = "inspector@onestop.local";
    public const string Analyst = "analyst@onestop.local";
    public const string Receptionist = "receptionist.tamky@onestop.local";
    public const string Specialist = "specialist.tamky@onestop.local";
    public const string Leader = "leader.tamky@onestop.local";
    public const string OtherReceptionist = "receptionist.namtramy@onestop.local";
    public const string OtherLeader = "leader.namtramy@onestop.local";
    public const string DataEntry = "dataentry.namtramy@onestop.local";
    public const string TamKy = "000.00.21.H47";
    public const string NamTraMy = "000.00.32.H47";

    /// <summary>5 working days (steps 3 + 1 + 1), supplement policy default (RESTART).</summary>
    public const string FiveDays = "9.900001";

    /// <summary>1 working day with a 15:00 cut-off.</summary>
    public const string SameDay = "9.900002";

    /// <summary>Like <see cref="FiveDays"/>, set to SHIFT by <c>setDossierPolicy</c>.</summary>
    public const string FiveDaysShift = "9.900003";

    public const string Fields = """
        id code status nationalStatusCode version channelCode receivedAt appointmentAt dueDate deadlineState lateness violation
        supplementRequests reappointments
        applicant { fullName idNumber phone email }
        procedure { code name } receivingUnit { code } currentUnit { code }
        currentStep { ordinal name dueAt state } assignee { fullName }
        """;

    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task EnsureCatalogueAsync(OneStopApiFactory factory)
    {
        await Gate.WaitAsync();
        try
        {
            var admin = await factory.ClientAsync(Admin);
            var check = await admin.DataAsync("{ procedure(code: \"9.900003\") { code } }");
            if (check["procedure"] is not null) return;
            object Proc(string code, decimal days, string? cutOff) => new
            {
                maTTHC = code,
                phienBan = 1,
                tenTTHC = $"Thủ tục thử nghiệm {code}",
                linhVuc = new { ma = "G99", ten = "Thử nghiệm" },
                capThucHien = new[] { "HUYEN" },
                doiTuongThucHien = new[] { "CONG_DAN" },
                thoiHanGiaiQuyet = new { soLuong = days, donVi = "NGAY_LAM_VIEC" },
                gioTiepNhanCuoi = cutOff,
                thanhPhanHoSo = new[] { new { ten = "Tờ khai", banChinh = 1, banSaoChungThuc = 0, banSao = 0 }, new { ten = "Bản sao CCCD", banChinh = 0, banSaoChungThuc = 0, banSao = 1 } },
                ketQuaThucHien = new[] { "Giấy chứng nhận" },
                phiLePhi = new[] { new { ten = "Lệ phí", mucPhi = 50000 } },
                quyTrinhNoiBo = days == 1
                    ? new object[] { new { ten = "Thẩm định", vaiTro = "Specialist", thoiGian = 0.5m }, new { ten = "Phê duyệt", vaiTro = "Leader", thoiGian = 0.5m } }
                    : [new { ten = "Thẩm định", vaiTro = "Specialist", thoiGian = 3m }, new { ten = "Phê duyệt", vaiTro = "Leader", thoiGian = 1m }, new { ten = "Trả kết quả", vaiTro = "Receptionist", thoiGian = 1m }],
                coQuanThucHien = new[] { TamKy, NamTraMy },
                noiTiepNhan = new[] { TamKy, NamTraMy },
                ngayCoHieuLuc = "2020-01-01",
            };
            var json = JsonSerializer.Serialize(new { thuTucHanhChinh = new[] { Proc(FiveDays, 5, null), Proc(SameDay, 1, "15:00"), Proc(FiveDaysShift, 5, null) } });
            var import = (await admin.DataAsync("mutation($i: ImportProceduresInput!) { importProcedures(input: $i) { failed items { errors { ... on UserError { message } } } } }",
                new { i = new { json } }))["importProcedures"]!;
            Assert.True(import["failed"]!.GetValue<int>() == 0, import.ToJsonString());
            var policy = await admin.DataAsync("""
                mutation { setDossierPolicy(input: { procedureCode: "9.900003", versionNumber: 1, supplementEffect: SHIFT, financialEffect: NONE,
                  otherPauseEffect: SHIFT, maxReappointments: 1, maxSupplementRequests: 1 }) { errors { __typename } } }
                """);
            Assert.Empty(policy["setDossierPolicy"]!["errors"]!.AsArray());
        }
        finally
        {
            Gate.Release();
        }
    }

    public static object Intake(string procedure = FiveDays, string unit = TamKy, string name = "Nguyễn Văn An", string phone = "0905123789",
        string? receivedAt = null, string outcome = "ACCEPT", string idNumber = "049095000123") => new
        {
            input = new
            {
                procedureCode = procedure,
                unitCode = unit,
                channel = "DIRECT",
                receivedAt,
                outcome,
                applicant = new { kind = "CITIZEN", fullName = name, idNumber, phone, address = "Tam Kỳ, Quảng Nam", email = "an@example.vn" },
                missingItems = outcome == "REQUEST_SUPPLEMENT" ? new[] { "Bản sao CCCD" } : null,
                refusalReasons = outcome == "REFUSE" ? new[] { "Không thuộc thẩm quyền" } : null,
            },
        };

    public static async Task<JsonNode> ReceiveAsync(HttpClient client, object variables)
    {
        var payload = (await client.DataAsync($$"""
            mutation($input: ReceiveDossierInput!) { receiveDossier(input: $input) {
              dossier { {{Fields}} }
              errors { __typename ... on UserError { code message } ... on ValidationError { field } } } }
            """, variables))["receiveDossier"]!;
        return payload;
    }

    public static async Task<JsonNode> ReceiveOkAsync(HttpClient client, object variables)
    {
        var payload = await ReceiveAsync(client, variables);
        Assert.True(payload["errors"]!.AsArray().Count == 0, payload["errors"]!.ToJsonString());
        return payload["dossier"]!;
    }

    /// <summary>Runs one action mutation; returns its payload (dossier + errors).</summary>
    public static async Task<JsonNode> ActAsync(HttpClient client, string mutation, string inputType, object input)
    {
        var body = await client.GraphQLAsync($$"""
            mutation($input: {{inputType}}!) { {{mutation}}(input: $input) {
              dossier { {{Fields}} }
              errors { __typename ... on UserError { code message } ... on ConcurrencyConflictError { currentVersion } ... on InvalidTransitionError { status } } } }
            """, new { input });
        Assert.True(body["errors"] is null, body["errors"]?.ToJsonString());
        return body["data"]![mutation]!;
    }

    public static async Task<JsonNode> ActOkAsync(HttpClient client, string mutation, string inputType, object input)
    {
        var payload = await ActAsync(client, mutation, inputType, input);
        Assert.True(payload["errors"]!.AsArray().Count == 0, $"{mutation}: {payload["errors"]!.ToJsonString()}");
        return payload["dossier"]!;
    }

    /// <summary>A client with a token minted now (tokens cached by the factory expire when a test moves the clock by days).</summary>
    public static async Task<HttpClient> FreshClientAsync(OneStopApiFactory factory, string email)
    {
        var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/auth/login", new { email, password = "OneStop@2020" });
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new("Bearer", body.RootElement.GetProperty("accessToken").GetString());
        return client;
    }

    public static string ErrorCode(JsonNode payload) => payload["errors"]![0]!["code"]!.GetValue<string>();

    public static async Task<string> MyIdAsync(OneStopApiFactory factory, string email) =>
        (await (await factory.ClientAsync(email)).DataAsync("{ me { id } }"))["me"]!["id"]!.GetValue<string>();

    public static string S(this JsonNode node, string name) => node[name]!.GetValue<string>();

    public static int I(this JsonNode node, string name) => node[name]!.GetValue<int>();

    public static DateTimeOffset T(this JsonNode node, string name) => DateTimeOffset.Parse(node.S(name), System.Globalization.CultureInfo.InvariantCulture);
}
