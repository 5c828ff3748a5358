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

    [Theory]
    [InlineData("/1/4/")]
    [InlineData(null)]
    public void The_service_index_catalogue_counts_are_one_statement_of_scalar_subqueries(string? path)
    {
        using var db = DatabaseTests.SqlServer();
        var w = ReportWindow.Of(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), new DateTime(2026, 11, 26, 2, 0, 0, DateTimeKind.Utc));
        var sql = ServiceIndexService.Catalogue(db, path, w).ToQueryString();
        Assert.StartsWith("SELECT TOP(@p) (\n    SELECT COUNT(*)", sql[sql.IndexOf("SELECT", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Equal(3, sql.Split("SELECT COUNT(*)").Length - 1);
        // The "used" count keeps its dossier test in WHERE, never inside the aggregate (SQL Server refuses that).
        Assert.DoesNotContain("COUNT(CASE", sql, StringComparison.Ordinal);
        Assert.Contains("EXISTS", sql, StringComparison.Ordinal);
    }
}
