using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.DeadlineAlerts;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Tests.Infrastructure.Data;

namespace OneStop.Api.Tests.Features.DeadlineAlerts;

/// <summary>SQL Server cannot run here: the alert queries and the scanner's candidate queries are translated with its provider.</summary>
public sealed class DeadlineAlertSqlServerTests
{
    private static Viewer Officer() => new(new ClaimsPrincipal(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, "user-1"), new Claim(Viewer.UnitPathClaim, "/000.00.00.H47/000.00.21.H47/")], "test")));

    private static readonly DateTime Now = new(2026, 11, 26, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void The_alert_connection_with_every_filter_translates()
    {
        using var db = DatabaseTests.SqlServer();
        var filter = new DeadlineAlertFilter("000.00.21.H47", "000.00.21.H47-261126-0001", [DeadlineAlertKind.Overdue, DeadlineAlertKind.DueSoon], Mine: true,
            Open: true, Acknowledged: false);
        var q = DeadlineAlertRepository.VisibleTo(db, Officer(), filter);
        var sql = DeadlineAlertRepository.ByRaisedNewest.Order(q).Take(21).ToQueryString();
        Assert.Contains("[AssigneeId] = @", sql, StringComparison.Ordinal);
        Assert.Contains("LIKE", sql, StringComparison.Ordinal);
        Assert.Contains("[ClosedAt] IS NULL", sql, StringComparison.Ordinal);
        Assert.Matches(@"ORDER BY \[\w+\]\.\[RaisedAt\] DESC", sql);
        var cursor = DeadlineAlertRepository.ByRaisedNewest.CursorOf(new DeadlineAlert { Id = 9, DossierId = 1, DossierCode = "x", RaisedAt = Now, DueAt = Now });
        Assert.True(DeadlineAlertRepository.ByRaisedNewest.TryAfter(q, cursor, out var after));
        Assert.Contains("[RaisedAt] < ", after.ToQueryString(), StringComparison.Ordinal);
        // node(id:) uses the same scoping with no filter.
        long[] ids = [1, 2];
        Assert.Contains("LIKE", DeadlineAlertRepository.VisibleTo(db, Officer(), new DeadlineAlertFilter()).Where(a => ids.Contains(a.Id)).ToQueryString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_alert_summary_translates_to_one_grouped_statement()
    {
        using var db = DatabaseTests.SqlServer();
        var sql = DeadlineAlertRepository.SummaryRows(db, Officer(), "000.00.21.H47").ToQueryString();
        Assert.Contains("GROUP BY", sql, StringComparison.Ordinal);
        Assert.Contains("COUNT(CASE", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void The_scanners_candidate_queries_translate()
    {
        using var db = DatabaseTests.SqlServer();
        var catchUp = DeadlineScanner.NotEvaluated(db, 0, 100_000, 250).ToQueryString();
        Assert.Contains("NOT EXISTS", catchUp, StringComparison.Ordinal);
        Assert.Contains("[DossierVersion]", catchUp, StringComparison.Ordinal);
        Assert.Contains("TOP(@", catchUp, StringComparison.Ordinal);
        Assert.Contains("ORDER BY [d].[Id]", catchUp, StringComparison.Ordinal);
        var received = DeadlineScanner.ReceivedSince(db, 41, 500).ToQueryString();
        Assert.Contains("TOP(@", received, StringComparison.Ordinal);
        Assert.Contains("[d].[Id] > @", received, StringComparison.Ordinal);
        var due = DeadlineScanner.DueForCheck(db, Now, 500).ToQueryString();
        Assert.Contains("[NextCheckAt] <= @", due, StringComparison.Ordinal);
        Assert.Contains("ORDER BY [d].[NextCheckAt]", due, StringComparison.Ordinal);
    }

    [Fact]
    public void The_feeds_burst_read_translates_to_one_joined_statement()
    {
        using var db = DatabaseTests.SqlServer();
        var sql = DeadlineAlertFeed.WithDossiers(db, [1, 2, 3]).ToQueryString();
        Assert.Contains("INNER JOIN [Dossiers]", sql, StringComparison.Ordinal);
        Assert.Matches(@"WHERE \[\w+\]\.\[Id\] IN \(@ids1, @ids2, @ids3\)", sql);
    }
}
