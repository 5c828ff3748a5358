using System.Text.Json;
using static OneStop.Api.Tests.Features.Procedures.CatalogueTestData;

namespace OneStop.Api.Tests.Features.Procedures;

public sealed class ImportProceduresTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    private const string Import = """
        mutation($json: String!) { importProcedures(input: { json: $json }) { created unchanged failed
          items { index code number outcome procedure { code number status effectiveFrom sync { state lastSyncedAt } } errors { __typename ... on UserError { code message } ... on ValidationError { field } } }
          errors { __typename ... on ValidationError { field message } } } }
        """;

    private static Dictionary<string, object?> Entry(string code, int version, string? effective, string[] laws, decimal[] budgets, string? field = "TP-HT") => new Dictionary<string, object?>
    {
        ["maTTHC"] = code,
        ["phienBan"] = version,
        ["tenTTHC"] = $"Thủ tục nhập từ danh mục quốc gia {code}",
        ["linhVuc"] = field is null ? null : new { ma = field, ten = "Hộ tịch" },
        ["capThucHien"] = new[] { "TINH" },
        ["doiTuongThucHien"] = new[] { "CONG_DAN", "DOANH_NGHIEP" },
        ["thoiHanGiaiQuyet"] = new { soLuong = 3, donVi = "NGAY_LAM_VIEC" },
        ["gioTiepNhanCuoi"] = "15:00",
        ["phiLePhi"] = new[] { new { ten = "Lệ phí", mucPhi = 50000, moTa = "Miễn khi nộp trực tuyến" } },
        ["thanhPhanHoSo"] = new[] { new { ten = "Tờ khai", banChinh = 1, banSaoChungThuc = 0, banSao = 0, mauDon = "Mẫu số 01" } },
        ["ketQuaThucHien"] = new[] { "Giấy chứng nhận" },
        ["canCuPhapLy"] = laws,
        ["dichVuCongTrucTuyen"] = "MOT_PHAN",
        ["mucDo"] = 3,
        ["quyTrinhNoiBo"] = budgets.Select((b, i) => new { ten = $"Bước {i + 1}", vaiTro = "Specialist", donVi = (string?)null, thoiGian = b }).ToArray(),
        ["coQuanThucHien"] = new[] { JusticeDepartment },
        ["ngayCoHieuLuc"] = effective,
    };

    [Fact]
    public async Task Import_is_idempotent_by_code_and_version_with_errors_per_entry()
    {
        using var admin = await factory.ClientAsync(Admin);
        var json = JsonSerializer.Serialize(new
        {
            thuTucHanhChinh = new[]
            {
                Entry("9.000201", 1, "2023-01-01", ["60/2014/QH13"], [1m, 1.5m, 0.5m]),
                Entry("9.000201", 2, "2026-02-01", ["60/2014/QH13", "123/2015/NĐ-CP"], [1m, 1.5m, 0.5m]),
                Entry("9.000202", 1, null, ["60/2014/QH13"], [1m, 1m]),
                Entry("9.000203", 1, "2025-09-01", ["45/2013/QH13"], [1m, 1.5m, 0.5m]),
                Entry("9.000204", 1, null, ["60/2014/QH13"], [1m, 1.5m, 0.5m], field: null),
                Entry("9.000205", 1, null, ["12/3456/XX"], [3m], field: "TP-NEW"),
            },
        });

        var first = (await admin.DataAsync(Import, new { json }))["importProcedures"]!;
        Assert.Empty(first["errors"]!.AsArray());
        Assert.Equal(2, first["created"]!.GetValue<int>());
        Assert.Equal(4, first["failed"]!.GetValue<int>());
        var items = first["items"]!.AsArray();
        Assert.Equal(["CREATED", "CREATED", "FAILED", "FAILED", "FAILED", "FAILED"], items.Select(i => i!["outcome"]!.GetValue<string>()));
        Assert.Equal("STEP_BUDGET_MISMATCH", items[2]!["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("CITES_EXPIRED_LAW", items[3]!["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("thuTucHanhChinh.4.linhVuc", items[4]!["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal("NotFoundError", items[5]!["errors"]![0]!["__typename"]!.GetValue<string>());
        var v2 = items[1]!["procedure"]!;
        Assert.Equal("PUBLISHED", v2["status"]!.GetValue<string>());
        Assert.Equal("SYNCED", v2["sync"]!["state"]!.GetValue<string>());

        var second = (await admin.DataAsync(Import, new { json }))["importProcedures"]!;
        Assert.Equal(0, second["created"]!.GetValue<int>());
        Assert.Equal(2, second["unchanged"]!.GetValue<int>());
        Assert.Equal(4, second["failed"]!.GetValue<int>());

        var stored = await admin.DataAsync("""
            { a: procedure(code: "9.000201") { number effectiveFrom versions { number effectiveFrom effectiveTo } }
              b: procedure(code: "9.000202") { code } c: procedure(code: "9.000203") { code } }
            """);
        Assert.Equal(2, stored["a"]!["number"]!.GetValue<int>());
        Assert.Equal("2026-02-01", stored["a"]!["versions"]![0]!["effectiveTo"]!.GetValue<string>());
        Assert.Equal(2, stored["a"]!["versions"]!.AsArray().Count);
        // Failed entries leave nothing behind.
        Assert.Null(stored["b"]);
        Assert.Null(stored["c"]);
    }

    [Fact]
    public async Task A_file_that_is_not_a_catalogue_is_refused_as_a_whole()
    {
        using var admin = await factory.ClientAsync(Admin);
        var broken = (await admin.DataAsync(Import, new { json = "{ not json" }))["importProcedures"]!;
        Assert.Equal("json", broken["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Empty(broken["items"]!.AsArray());
        var empty = (await admin.DataAsync(Import, new { json = """{ "thuTucHanhChinh": [] }""" }))["importProcedures"]!;
        Assert.Equal("ValidationError", empty["errors"]![0]!["__typename"]!.GetValue<string>());
    }
}
