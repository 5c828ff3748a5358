using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Dossiers;
using OneStop.Api.Features.Staffing;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Tests.Infrastructure.Data;

namespace OneStop.Api.Tests.Features.Staffing;

/// <summary>The officer queries (posts in a unit, the post check, roles, workload) translated with the SQL Server provider.</summary>
public sealed class OfficerSqlServerTests
{
    [Fact]
    public void Posts_in_a_unit_with_search_and_role_translate_to_one_statement()
    {
        using var db = DatabaseTests.SqlServer();
        var sql = OfficerPosts.InUnit(db, 7, "000.00.21.H47", new DateOnly(2026, 11, 26), "hoang", Roles.Specialist).ToQueryString();
        Assert.Contains("[AspNetUsers]", sql, StringComparison.Ordinal);
        Assert.Contains("[AspNetUserRoles]", sql, StringComparison.Ordinal);
        Assert.Contains("LIKE", sql, StringComparison.Ordinal);
        Assert.Matches(@"ORDER BY \[\w+\]\.\[FullName\]", sql);
        var held = OfficerPosts.HeldBy(db, "user-1", 7, "000.00.21.H47", new DateOnly(2026, 11, 26)).Select(a => a.Id).ToQueryString();
        Assert.Contains("[People]", held, StringComparison.Ordinal);
        Assert.Contains("[Offices]", held, StringComparison.Ordinal);
    }

    [Fact]
    public void Roles_and_workload_loaders_translate_to_one_grouped_statement()
    {
        using var db = DatabaseTests.SqlServer();
        string[] ids = ["user-1", "user-2"];
        Assert.Contains("INNER JOIN [AspNetRoles]", RolesByUserIdLoader.Query(db, ids).ToQueryString(), StringComparison.Ordinal);
        var now = new DateTime(2026, 11, 26, 2, 0, 0, DateTimeKind.Utc);
        var workload = OfficerWorkload.Of(db, ids, now, new DateOnly(2026, 11, 26)).ToQueryString();
        Assert.Contains("GROUP BY [d].[AssigneeId]", workload, StringComparison.Ordinal);
        Assert.Contains("COUNT(CASE", workload, StringComparison.Ordinal);
    }
}
