using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Staffing;
using OneStop.Api.Features.Units;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Tests.Infrastructure.Data;

namespace OneStop.Api.Tests.Features.Staffing;

/// <summary>The staffing queries translate with the SQL Server provider (no server needed).</summary>
public sealed class StaffingDatabaseTests
{
    private static readonly Viewer Officer = new(new ClaimsPrincipal(new ClaimsIdentity(
        [new Claim(Viewer.UnitPathClaim, "/000.00.00.H47/000.00.21.H47/"), new Claim(ClaimTypes.Role, Roles.Leader)], "test")));

    private static readonly DateOnly AsOf = new(2024, 12, 31);

    [Fact]
    public void Compliance_snapshot_queries_translate_on_SqlServer()
    {
        using var db = DatabaseTests.SqlServer();
        var units = UnitQueries.VisibleTo(db.Units, Officer).Where(u => u.Path.StartsWith("/000.00.00.H47/000.00.21.H47/"));
        var offices = ComplianceQuery.OfficesOn(db, units, AsOf);
        var assignments = ComplianceQuery.AssignmentsOn(db, offices, AsOf);
        var sql = ComplianceQuery.EmploymentsOn(db, assignments, AsOf).ToQueryString();
        Assert.Contains("EXISTS", sql, StringComparison.Ordinal);
        Assert.Contains("[e].[Start] <=", sql, StringComparison.Ordinal);
        Assert.Contains("LIKE", offices.ToQueryString(), StringComparison.Ordinal);
        Assert.Contains("[s].[EffectiveTo] IS NULL", ComplianceQuery.RulesOn(db, AsOf).ToQueryString(), StringComparison.Ordinal);
        var seniority = db.People.Where(p => assignments.Any(a => a.PersonId == p.Id)).Select(p => new { p.Id, p.SeniorityStart });
        Assert.Contains("[Assignments]", seniority.ToQueryString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Scoped_lists_filters_and_keyset_pages_translate_on_SqlServer()
    {
        using var db = DatabaseTests.SqlServer();
        var people = StaffingScope.People(db, Officer).Where(p => p.SearchText.Contains("nguyen"));
        var subtree = StaffingQueries.Subtree(db, "000.00.21.H47");
        people = people.Where(p => subtree.Any(u => u.Id == p.UnitId))
            .Where(p => db.Employments.Any(e => e.PersonId == p.Id && e.Type == EmploymentType.CivilServant && e.Start <= AsOf && (e.End == null || e.End >= AsOf)));
        var page = StaffingQueries.PeopleByKey.Order(people).Take(21).ToQueryString();
        // The keyset's long tie-breaker casts the int key; the order is still (PersonKey, Id).
        Assert.Contains("ORDER BY [p].[PersonKey], CAST([p].[Id] AS bigint)", page, StringComparison.Ordinal);
        Assert.Contains("[Employments]", page, StringComparison.Ordinal);
        Assert.Contains("[Units]", page, StringComparison.Ordinal);
        Assert.True(StaffingQueries.OfficesByCode.TryAfter(StaffingScope.Offices(db, Officer),
            StaffingQueries.OfficesByCode.CursorOf(new Office { Id = 3, Code = "000.51.21.H47", Name = "x", Kind = OfficeKind.Division, UnitId = 1, SearchText = "" }), out var after));
        Assert.Contains("[o].[Code] > ", after.ToQueryString(), StringComparison.Ordinal);
        var loader = db.Assignments.AsNoTracking().Where(a => new[] { 1, 2 }.Contains(a.OfficeId)).OrderBy(a => a.From).ThenBy(a => a.Id);
        Assert.Contains("IN", loader.ToQueryString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Staffing_tables_and_rule_rows_are_in_the_SqlServer_migration()
    {
        using var db = DatabaseTests.SqlServer();
        var script = Microsoft.EntityFrameworkCore.Infrastructure.AccessorExtensions.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>(db).GenerateScript();
        foreach (var table in new[] { "[Offices]", "[People]", "[Assignments]", "[Employments]", "[StaffingRules]" })
            Assert.Contains("CREATE TABLE " + table, script, StringComparison.Ordinal);
        Assert.Contains("Nghị định 173/2025/NĐ-CP", script, StringComparison.Ordinal);
    }
}
