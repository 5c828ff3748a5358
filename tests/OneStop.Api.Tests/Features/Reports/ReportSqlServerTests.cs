using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Reports;
using OneStop.Api.Tests.Infrastructure.Data;

namespace OneStop.Api.Tests.Features.Reports;

/// <summary>SQL Server cannot run here: the report statements are translated with its provider instead.</summary>
public sealed class ReportSqlServerTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Results_report_statements_translate_and_group_in_the_database(bool closedAsOnTime)
    {
        using var db = DatabaseTests.SqlServer();
        var w = ReportWindow.Of(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), new DateTime(2026, 11, 26, 2, 0, 0, DateTimeKind.Utc));
        var scope = ResultsReportQueries.InScope(db.Dossiers.AsNoTracking(), "/1/4/", w, closedAsOnTime);
        var counts = ResultsReportQueries.Counts(scope, w).ToQueryString();
        Assert.Contains("GROUP BY [d].[ReceivingUnitId], [d].[ProcedureId], [d].[FieldId]", counts, StringComparison.Ordinal);
        Assert.Contains("SUM(CASE", counts, StringComparison.Ordinal);
        // SQL Server refuses a subquery inside an aggregate: the pause facts stay in WHERE.
        Assert.DoesNotContain("EXISTS", counts, StringComparison.Ordinal);
        var affected = ResultsReportQueries.Affected(db, scope, w).ToQueryString();
        Assert.Contains("GROUP BY", affected, StringComparison.Ordinal);
        Assert.Contains("WHERE", affected, StringComparison.Ordinal);
        Assert.Contains("EXISTS", ResultsReportQueries.ReplayCandidates(db, scope, w).ToQueryString(), StringComparison.Ordinal);
    }
}
