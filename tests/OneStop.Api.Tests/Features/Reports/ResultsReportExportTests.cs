using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OneStop.Api.Tests.Features.Dossiers;

namespace OneStop.Api.Tests.Features.Reports;

/// <summary>The downloads are opened as a user's program would (OpenXml for the workbook) and compared with the query.</summary>
public sealed class ResultsReportExportTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    [Fact]
    public async Task Xlsx_has_the_form_header_merged_groups_the_unit_name_and_the_query_numbers()
    {
        var (today, total) = await ArrangeAsync();
        var inspector = await factory.ClientAsync(DossierApi.Inspector);
        using var response = await inspector.GetAsync($"/reports/dossier-results.xlsx?from={today}&to={today}&unitCode={DossierApi.NamTraMy}&groupBy=UNIT");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        await using var file = new MemoryStream(await response.Content.ReadAsByteArrayAsync());

        using var doc = SpreadsheetDocument.Open(file, false);
        var sheet = doc.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var cells = sheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!, c => c.InlineString?.Text?.Text ?? c.CellValue?.Text ?? "");
        Assert.Contains("Nam Trà My", cells["A1"], StringComparison.Ordinal);
        Assert.Equal("Biểu số II.06a/VPCP/KSTT", cells["J1"]);
        Assert.Equal("STT", cells["A5"]);
        Assert.Equal("Số hồ sơ nhận giải quyết", cells["C5"]);
        Assert.Equal("Số hồ sơ đã giải quyết", cells["G5"]);
        Assert.Equal("Số hồ sơ đang giải quyết", cells["K5"]);
        Assert.Equal("Trực tuyến", cells["D7"]);
        Assert.Equal("(13)", cells["M8"]);
        var merged = sheet.Descendants<MergeCell>().Select(m => m.Reference!.Value).ToList();
        Assert.Superset(new HashSet<string?> { "A5:A7", "B5:B7", "C5:F5", "G5:J5", "K5:M5", "D6:F6", "C6:C7", "M6:M7" }, merged.ToHashSet());

        // Row 9: the unit; row 10: the total, equal to the query's total, column by column.
        Assert.Equal("Tổng số", cells["B10"]);
        string[] columns = ["C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M"];
        Assert.Equal(total, columns.Select(c => int.Parse(cells[$"{c}10"], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(2, int.Parse(cells["C10"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Csv_has_a_header_rows_and_the_total_and_downloads_are_authorised()
    {
        var (today, total) = await ArrangeAsync();
        var inspector = await factory.ClientAsync(DossierApi.Inspector);
        var bytes = await inspector.GetByteArrayAsync($"/reports/dossier-results.csv?from={today}&to={today}&unitCode={DossierApi.NamTraMy}");
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("STT,", lines[0], StringComparison.Ordinal);
        Assert.Equal($",Tổng số,,{string.Join(',', total)}", lines[^1]);

        using var anonymous = await (await factory.ClientAsync()).GetAsync($"/reports/dossier-results.csv?from={today}&to={today}");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        var tamKy = await factory.ClientAsync(DossierApi.Receptionist);
        using var outside = await tamKy.GetAsync($"/reports/dossier-results.xlsx?from={today}&to={today}&unitCode={DossierApi.NamTraMy}");
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        using var bad = await inspector.GetAsync($"/reports/dossier-results.csv?from={today}&to={today}&groupBy=WEEK");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    private async Task<(string Today, int[] Total)> ArrangeAsync()
    {
        await DossierApi.EnsureCatalogueAsync(factory);
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime.AddHours(7)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var namTraMy = await factory.ClientAsync(DossierApi.OtherReceptionist);
        var inspector = await factory.ClientAsync(DossierApi.Inspector);
        var query = """
            query($input: DossierResultsReportInput!) { dossierResultsReport(input: $input) { total { receivedTotal receivedOnline receivedDirectOrPostal carriedOver
              resolvedTotal resolvedEarly resolvedOnTime resolvedLate inProgressTotal inProgressWithinDeadline inProgressOverdue } } }
            """;
        var input = new { input = new { from = today, to = today, unitCode = DossierApi.NamTraMy } };
        if ((await inspector.DataAsync(query, input))["dossierResultsReport"]!["total"]!.I("receivedTotal") < 2)
        {
            await DossierApi.ReceiveOkAsync(namTraMy, DossierApi.Intake(unit: DossierApi.NamTraMy));
            await DossierApi.ReceiveOkAsync(namTraMy, DossierApi.Intake(unit: DossierApi.NamTraMy, name: "Hồ Văn Tám"));
        }
        var total = (await inspector.DataAsync(query, input))["dossierResultsReport"]!["total"]!.AsObject().Select(p => p.Value!.GetValue<int>()).ToArray();
        return (today, total);
    }
}
