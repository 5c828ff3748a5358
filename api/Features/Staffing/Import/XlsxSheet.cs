using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OneStop.Api.Features.Staffing.Import;

/// <summary>The first worksheet of an .xlsx file as rows of cell texts (numbers stay in their invariant form).</summary>
public sealed class XlsxSheet
{
    private XlsxSheet(IReadOnlyList<(int Number, string?[] Cells)> rows) => Rows = rows;

    /// <summary>Rows with their 1-based spreadsheet row number; cells by 0-based column index.</summary>
    public IReadOnlyList<(int Number, string?[] Cells)> Rows { get; }

    /// <summary>Reads the file; false when it is not a readable .xlsx workbook.</summary>
    public static bool TryRead(byte[] content, out XlsxSheet sheet)
    {
        sheet = new XlsxSheet([]);
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var doc = SpreadsheetDocument.Open(stream, false);
            var workbook = doc.WorkbookPart;
            var first = workbook?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault();
            if (workbook is null || first?.Id?.Value is not { } relId) return false;
            var part = (WorksheetPart)workbook.GetPartById(relId);
            var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
            var rows = new List<(int, string?[])>();
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                var cells = new Dictionary<int, string?>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var col = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
                    cells[col] = Text(cell, shared);
                }
                var array = new string?[cells.Count == 0 ? 0 : cells.Keys.Max() + 1];
                foreach (var (k, v) in cells) array[k] = v;
                rows.Add(((int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1)), array));
            }
            sheet = new XlsxSheet(rows);
            return true;
        }
        catch (Exception e) when (e is DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or InvalidDataException or IOException
            or FileFormatException or InvalidOperationException or ArgumentException or KeyNotFoundException)
        {
            return false;
        }
    }

    private static string? Text(Cell cell, string[] shared)
    {
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText;
        var raw = cell.CellValue?.Text;
        if (raw is null) return null;
        if (cell.DataType?.Value == CellValues.SharedString)
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Length ? shared[i] : null;
        return raw;
    }

    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        var index = 0;
        foreach (var ch in reference.TakeWhile(char.IsLetter)) index = index * 26 + (char.ToUpperInvariant(ch) - 'A' + 1);
        return index == 0 ? null : index - 1;
    }
}
