using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OneStop.Api.Features.Reports;

/// <summary>Form II.06a as an Excel workbook (the form's header with merged group headers) and as CSV.</summary>
public static class ResultsReportExport
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Column 2's heading for each grouping.</summary>
    public static string GroupHeading(ReportGrouping g) => g switch
    {
        ReportGrouping.Unit => "Đơn vị tiếp nhận",
        ReportGrouping.Procedure => "Thủ tục hành chính",
        ReportGrouping.Level => "Cấp giải quyết",
        _ => "Lĩnh vực, công việc giải quyết theo cấp",
    };

    public static readonly string[] CsvHeader =
    [
        "STT", "Lĩnh vực", "Mã", "Tổng số nhận giải quyết", "Trực tuyến", "Trực tiếp, dịch vụ bưu chính", "Từ kỳ trước",
        "Tổng số đã giải quyết", "Trước hạn", "Đúng hạn", "Quá hạn", "Tổng số đang giải quyết", "Trong hạn", "Quá hạn (đang giải quyết)",
    ];

    public static byte[] Csv(ResultsReport r)
    {
        var sb = new StringBuilder();
        void Line(IEnumerable<string> cells) => sb.Append(string.Join(',', cells.Select(Quote))).Append("\r\n");
        Line(CsvHeader.Select((h, i) => i == 1 ? GroupHeading(r.GroupBy) : h));
        var n = 0;
        foreach (var row in r.Rows)
            Line([(++n).ToString(CultureInfo.InvariantCulture), row.Label, row.Code ?? "", .. row.Cells.Select(c => c.ToString(CultureInfo.InvariantCulture))]);
        Line(["", r.Total.Label, "", .. r.Total.Cells.Select(c => c.ToString(CultureInfo.InvariantCulture))]);
        // A byte-order mark, so spreadsheet programs read the Vietnamese text as UTF-8.
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    private static string Quote(string s) =>
        s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;

    public static byte[] Xlsx(ResultsReport r)
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook();
            var ws = wb.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var merges = new MergeCells();
            var rowIndex = 0u;
            Row NewRow() { var row = new Row { RowIndex = ++rowIndex }; data.Append(row); return row; }
            void Merge(string range) => merges.Append(new MergeCell { Reference = range });

            Text(NewRow(), "A", $"Đơn vị báo cáo: {r.UnitName}");
            Merge($"A{rowIndex}:F{rowIndex}");
            Text(data.Elements<Row>().Last(), "J", "Biểu số II.06a/VPCP/KSTT");
            Merge($"J{rowIndex}:M{rowIndex}");
            Text(NewRow(), "A", "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH");
            Merge($"A{rowIndex}:M{rowIndex}");
            Text(NewRow(), "A", string.Create(CultureInfo.InvariantCulture, $"Kỳ báo cáo: từ ngày {r.From:dd/MM/yyyy} đến ngày {r.To:dd/MM/yyyy}"));
            Merge($"A{rowIndex}:M{rowIndex}");
            Text(NewRow(), "M", "Đơn vị tính: Số hồ sơ TTHC");

            // Three header rows: groups (columns 3–6, 7–10, 11–13), "of which", then the leaf columns.
            var h1 = NewRow();
            var top = rowIndex;
            Text(h1, "A", "STT");
            Text(h1, "B", GroupHeading(r.GroupBy));
            Text(h1, "C", "Số hồ sơ nhận giải quyết");
            Text(h1, "G", "Số hồ sơ đã giải quyết");
            Text(h1, "K", "Số hồ sơ đang giải quyết");
            Merge($"A{top}:A{top + 2}");
            Merge($"B{top}:B{top + 2}");
            Merge($"C{top}:F{top}");
            Merge($"G{top}:J{top}");
            Merge($"K{top}:M{top}");
            var h2 = NewRow();
            Text(h2, "C", "Tổng số");
            Text(h2, "D", "Trong đó");
            Text(h2, "G", "Tổng số");
            Text(h2, "H", "Trước hạn");
            Text(h2, "I", "Đúng hạn");
            Text(h2, "J", "Quá hạn");
            Text(h2, "K", "Tổng số");
            Text(h2, "L", "Trong hạn");
            Text(h2, "M", "Quá hạn");
            Merge($"D{top + 1}:F{top + 1}");
            foreach (var col in new[] { "C", "G", "H", "I", "J", "K", "L", "M" }) Merge($"{col}{top + 1}:{col}{top + 2}");
            var h3 = NewRow();
            Text(h3, "D", "Trực tuyến");
            Text(h3, "E", "Trực tiếp, dịch vụ bưu chính");
            Text(h3, "F", "Từ kỳ trước");
            var numbers = NewRow();
            for (var i = 0; i < 13; i++) Text(numbers, Column(i), $"({i + 1})");

            var n = 0;
            foreach (var row in r.Rows) Data(NewRow(), (++n).ToString(CultureInfo.InvariantCulture), row);
            Data(NewRow(), "", r.Total);

            ws.Worksheet = new Worksheet(
                new Columns(new Column { Min = 1, Max = 1, Width = 6, CustomWidth = true }, new Column { Min = 2, Max = 2, Width = 48, CustomWidth = true },
                    new Column { Min = 3, Max = 13, Width = 12, CustomWidth = true }),
                data, merges);
            wb.Workbook.AppendChild(new Sheets(new Sheet { Id = wb.GetIdOfPart(ws), SheetId = 1, Name = "II.06a" }));
            wb.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static void Data(Row row, string number, ResultsRow r)
    {
        Text(row, "A", number);
        Text(row, "B", r.Label);
        var cells = r.Cells;
        for (var i = 0; i < cells.Count; i++)
            row.Append(new Cell { CellReference = $"{Column(i + 2)}{row.RowIndex}", DataType = CellValues.Number, CellValue = new CellValue(cells[i]) });
    }

    private static string Column(int index) => ((char)('A' + index)).ToString();

    private static void Text(Row row, string column, string text) =>
        row.Append(new Cell { CellReference = $"{column}{row.RowIndex}", DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) });
}
