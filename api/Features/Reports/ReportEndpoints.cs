using OneStop.Api.Infrastructure.Auth;

namespace OneStop.Api.Features.Reports;

/// <summary>Downloads: <c>GET /reports/dossier-results.xlsx</c> and <c>.csv</c> with the query's arguments.</summary>
public static class ReportEndpoints
{
    public static void MapReportEndpoints(this WebApplication app)
    {
        var reports = app.MapGroup("/reports").RequireAuthorization(Policies.Reports);
        reports.MapGet("/dossier-results.xlsx", (HttpContext http, ResultsReportService service, DateOnly from, DateOnly to, string? unitCode, string? groupBy) =>
            Export(http, service, from, to, unitCode, groupBy, ResultsReportExport.XlsxType, "xlsx", ResultsReportExport.Xlsx));
        reports.MapGet("/dossier-results.csv", (HttpContext http, ResultsReportService service, DateOnly from, DateOnly to, string? unitCode, string? groupBy) =>
            Export(http, service, from, to, unitCode, groupBy, "text/csv; charset=utf-8", "csv", ResultsReportExport.Csv));
    }

    private static async Task<IResult> Export(HttpContext http, ResultsReportService service, DateOnly from, DateOnly to, string? unitCode,
        string? groupBy, string contentType, string extension, Func<ResultsReport, byte[]> render)
    {
        var grouping = ReportGrouping.Field;
        if (groupBy is not null && !Enum.TryParse(groupBy, ignoreCase: true, out grouping))
            return Results.Problem("`groupBy` is FIELD, UNIT, PROCEDURE or LEVEL.", statusCode: StatusCodes.Status400BadRequest);
        if (to < from || to.DayNumber - from.DayNumber > 3 * 366)
            return Results.Problem("`to` must be on or after `from`, at most three years later.", statusCode: StatusCodes.Status400BadRequest);
        var scope = await service.ScopeAsync(new Viewer(http.User), unitCode, http.RequestAborted);
        if (scope is null) return Results.NotFound();
        var report = await service.BuildAsync(scope, from, to, grouping, http.RequestAborted);
        var name = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"II.06a-{scope.UnitCode ?? "tinh"}-{from:yyyyMMdd}-{to:yyyyMMdd}.{extension}");
        return Results.File(render(report), contentType, name);
    }
}
