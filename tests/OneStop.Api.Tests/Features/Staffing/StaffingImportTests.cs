using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using System.Text.Json.Nodes;

namespace OneStop.Api.Tests.Features.Staffing;

public sealed class StaffingImportTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    private const string Import = """
        mutation($i: ImportStaffingInput!) {
          importStaffing(input: $i) {
            rows created updated unchanged
            rowErrors { row field code message }
            errors { __typename ... on UserError { code } ... on ValidationError { field } }
          }
        }
        """;

    private static readonly string[] Header =
        ["Mã cán bộ", "Họ và tên", "Ngày sinh", "Ngày bắt đầu công tác", "Mã phòng", "Chức vụ", "Vị trí", "Từ ngày", "Loại hình", "Công việc", "Hợp đồng từ ngày", "Hợp đồng đến ngày"];

    /// <summary>A workbook as Excel writes it: shared strings for text, serial numbers for dates.</summary>
    private static string Workbook(params object?[][] rows)
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook();
            var strings = wb.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var ws = wb.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var index = new Dictionary<string, int>();
            foreach (var (values, r) in new[] { Header.Cast<object?>().ToArray() }.Concat(rows).Select((v, i) => (v, i + 1)))
            {
                var row = new Row { RowIndex = (uint)r };
                for (var c = 0; c < values.Length; c++)
                {
                    var reference = $"{(char)('A' + c)}{r}";
                    switch (values[c])
                    {
                        case null:
                            break;
                        case DateOnly d:
                            row.Append(new Cell { CellReference = reference, CellValue = new CellValue(d.ToDateTime(TimeOnly.MinValue).ToOADate()) });
                            break;
                        case string s:
                            if (!index.TryGetValue(s, out var i))
                            {
                                i = index[s] = index.Count;
                                strings.SharedStringTable.Append(new SharedStringItem(new Text(s)));
                            }
                            row.Append(new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(i) });
                            break;
                    }
                }
                data.Append(row);
            }
            ws.Worksheet = new Worksheet(data);
            wb.Workbook.AppendChild(new Sheets(new Sheet { Id = wb.GetIdOfPart(ws), SheetId = 1, Name = "Biên chế" }));
        }
        return Convert.ToBase64String(stream.ToArray());
    }

    private static object?[] Row(string key, string name, object? dob, string? office, string position, string post, string type, string? job = null,
        object? start = null, object? end = null) =>
        [key, name, dob, new DateOnly(2012, 8, 1), office, position, post, office is null ? null : new DateOnly(2021, 1, 4), type, job, start ?? new DateOnly(2012, 8, 1), end];

    private async Task<JsonNode> RunAsync(string email, string unitCode, string content) =>
        (await (await factory.ClientAsync(email)).DataAsync(Import, new { i = new { unitCode, contentBase64 = content } }))["importStaffing"]!;

    [Fact]
    public async Task Good_rows_are_applied_bad_rows_reported_and_a_second_import_changes_nothing()
    {
        // A roomy office of Tam Kỳ, so the civil servant fits in the quota.
        var created = await (await factory.ClientAsync("admin@onestop.local")).DataAsync(
            "mutation($i: CreateOfficeInput!) { createOffice(input: $i) { errors { __typename } } }",
            new { i = new { unitCode = "000.00.21.H47", code = "000.00.21.H47-IMP", name = "Phòng nhập thử", kind = "DIVISION", headcountQuota = 20, provinceClass = "CLASS_I", establishedOn = "2015-01-01" } });
        Assert.Empty(created["createOffice"]!["errors"]!.AsArray());
        var file = Workbook(
            Row("TK-IMP-001", "Nguyễn Thị Ánh", new DateOnly(1990, 3, 14), "000.00.21.H47-IMP", "Phó Trưởng phòng", "chuyên môn", "công chức"),
            Row("TK-IMP-002", "Trần Văn Bình", "14/03/1985", "000.50.21.H47", "Nhân viên", "hỗ trợ", "hợp đồng 111", "lái xe"),
            Row("TK-IMP-003", "", new DateOnly(1991, 1, 1), null, "Chuyên viên", "chuyên môn", "công chức"),
            Row("TK-IMP-004", "Lê Văn Cường", "31/02/1990", null, "Chuyên viên", "chuyên môn", "công chức"),
            Row("TK-IMP-005", "Phạm Thị Dung", new DateOnly(1992, 6, 1), "000.51.32.H47", "Chuyên viên", "chuyên môn", "công chức"),
            Row("TK-IMP-006", "Võ Văn Em", new DateOnly(1993, 6, 1), null, "Chuyên viên", "chuyên môn", "hợp đồng lao động 173", start: new DateOnly(2025, 8, 1)),
            Row("TK-IMP-007", "Hồ Thị Giang", new DateOnly(1994, 6, 1), null, "Thủ quỹ", "chuyên môn", "công chức"),
            [],
            Row("TK-IMP-008", "Đặng Văn Hùng", new DateOnly(1989, 6, 1), null, "STAFF", "SUPPORT", "SUPPORT_CONTRACT_111", "GUARD"));
        var first = await RunAsync("leader.tamky@onestop.local", "000.00.21.H47", file);
        Assert.Empty(first["errors"]!.AsArray());
        Assert.Equal(8, first["rows"]!.GetValue<int>());
        Assert.Equal(3, first["created"]!.GetValue<int>());
        var errors = first["rowErrors"]!.AsArray().Select(e => (e!["row"]!.GetValue<int>(), e["field"]?.GetValue<string>(), e["code"]!.GetValue<string>())).ToList();
        Assert.Equal([(4, "fullName", "VALIDATION"), (5, "dateOfBirth", "VALIDATION"), (6, "officeCode", "VALIDATION"), (7, "end", "VALIDATION"), (8, "position", "VALIDATION")], errors);
        Assert.All(first["rowErrors"]!.AsArray(), e => Assert.False(string.IsNullOrWhiteSpace(e!["message"]!.GetValue<string>())));

        var again = await RunAsync("leader.tamky@onestop.local", "000.00.21.H47", file);
        Assert.Equal(0, again["created"]!.GetValue<int>());
        Assert.Equal(0, again["updated"]!.GetValue<int>());
        Assert.Equal(3, again["unchanged"]!.GetValue<int>());

        var admin = await factory.ClientAsync("admin@onestop.local");
        var people = await admin.DataAsync("{ people(where: { search: \"TK-IMP\" }) { nodes { personKey post(asOf: \"2021-06-01\") { position office { code } } employment { type supportJob } } } }");
        var imported = people["people"]!["nodes"]!.AsArray();
        Assert.Equal(["TK-IMP-001", "TK-IMP-002", "TK-IMP-008"], imported.Select(p => p!["personKey"]!.GetValue<string>()));
        Assert.Equal("DEPUTY_HEAD", imported[0]!["post"]!["position"]!.GetValue<string>());
        Assert.Equal("DRIVER", imported[1]!["employment"]!["supportJob"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_changed_row_updates_the_person_and_moves_the_post()
    {
        var unit = "000.00.32.H47";
        var before = Workbook(Row("NTM-IMP-1", "Hồ Văn Lâm", new DateOnly(1987, 2, 2), "000.51.32.H47", "Chuyên viên", "chuyên môn", "công chức"));
        Assert.Equal(1, (await RunAsync("leader.namtramy@onestop.local", unit, before))["created"]!.GetValue<int>());
        var moved = Row("NTM-IMP-1", "Hồ Văn Lâm", new DateOnly(1987, 2, 2), "000.52.32.H47", "Chuyên viên", "chuyên môn", "công chức");
        moved[7] = new DateOnly(2024, 1, 2);
        var after = await RunAsync("leader.namtramy@onestop.local", unit, Workbook(moved));
        Assert.Equal(1, after["updated"]!.GetValue<int>());
        var admin = await factory.ClientAsync("admin@onestop.local");
        var person = (await admin.DataAsync("{ people(where: { search: \"NTM-IMP-1\" }) { nodes { assignments { office { code } from to } } } }"))["people"]!["nodes"]![0]!;
        var history = person["assignments"]!.AsArray();
        Assert.Equal("2024-01-01", history[0]!["to"]!.GetValue<string>());
        Assert.Equal("000.52.32.H47", history[1]!["office"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Staff_codes_of_another_unit_and_unreadable_files_are_refused()
    {
        var first = Workbook(Row("OTHER-IMP-1", "Mai Văn Tư", new DateOnly(1980, 1, 1), null, "Chuyên viên", "chuyên môn", "công chức"));
        Assert.Equal(1, (await RunAsync("leader.namtramy@onestop.local", "000.00.32.H47", first))["created"]!.GetValue<int>());
        var stolen = await RunAsync("leader.tamky@onestop.local", "000.00.21.H47", first);
        Assert.Equal("personKey", stolen["rowErrors"]![0]!["field"]!.GetValue<string>());

        var garbage = await RunAsync("leader.tamky@onestop.local", "000.00.21.H47", Convert.ToBase64String("not a workbook"u8.ToArray()));
        Assert.Equal("contentBase64", garbage["errors"]![0]!["field"]!.GetValue<string>());
        var notBase64 = await RunAsync("leader.tamky@onestop.local", "000.00.21.H47", "%%%");
        Assert.Equal("VALIDATION", notBase64["errors"]![0]!["code"]!.GetValue<string>());
        var outside = await RunAsync("leader.tamky@onestop.local", "000.00.32.H47", first);
        Assert.Equal("NOT_FOUND", outside["errors"]![0]!["code"]!.GetValue<string>());
    }
}
