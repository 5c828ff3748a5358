using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OneStop.Api.Features.Units;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.Data;

namespace OneStop.Api.Tests.Infrastructure.Data;

/// <summary>
/// SQL Server cannot run here, so its support is proven without a server: its migrations are complete, its script
/// generates, and the repository queries translate with the SQL Server provider.
/// </summary>
public sealed class DatabaseTests
{
    internal static SqlServerOneStopDb SqlServer() => new SqlServerDesignTimeFactory().CreateDbContext([]);

    private static SqliteOneStopDb Sqlite() => new SqliteDesignTimeFactory().CreateDbContext([]);

    [Fact]
    public void Sqlite_migrations_have_no_pending_model_changes()
    {
        using var db = Sqlite();
        Assert.False(db.Database.HasPendingModelChanges(), "Run the SQLite `migrations add` command in OneStopDb's remarks.");
    }

    [Fact]
    public void SqlServer_migrations_have_no_pending_model_changes()
    {
        using var db = SqlServer();
        Assert.False(db.Database.HasPendingModelChanges(), "Run the SQL Server `migrations add` command in OneStopDb's remarks.");
    }

    [Fact]
    public void SqlServer_migration_script_generates()
    {
        using var db = SqlServer();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        Assert.Contains("CREATE TABLE [Units]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [AspNetUsers]", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Unit_queries_translate_on_SqlServer()
    {
        using var db = SqlServer();
        var viewer = new Viewer(new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new System.Security.Claims.Claim(Viewer.UnitPathClaim, "/000.00.00.H47/000.00.21.H47/")], "test")));
        var page = UnitQueries.ByCode.Order(UnitQueries.VisibleTo(db.Units, viewer).Where(u => u.SearchText.Contains("tam ky"))).Take(21);
        var sql = page.ToQueryString();
        Assert.Contains("LIKE", sql, StringComparison.Ordinal);
        Assert.True(UnitQueries.ByCode.TryAfter(db.Units, UnitQueries.ByCode.CursorOf(new Unit { Id = 5, Code = "000.00.21.H47", Name = "x", Kind = UnitKind.District, Path = "/", SearchText = "" }), out var after));
        Assert.Contains("[u].[Code] > ", after.ToQueryString(), StringComparison.Ordinal);
        var children = db.Units.AsNoTracking().Where(u => u.ParentId != null && new[] { 1, 2 }.Contains(u.ParentId.Value)).OrderBy(u => u.Code);
        Assert.Contains("IN", children.ToQueryString(), StringComparison.Ordinal);
    }
}
