using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Units;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.GraphQL;
using OneStop.Api.Infrastructure.Text;

namespace OneStop.Api.Features.Staffing;

public sealed class OfficeFilterGraphType : InputObjectGraphType
{
    public OfficeFilterGraphType()
    {
        Name = "OfficeFilter";
        Field<StringGraphType>("search").Description("Matches code and name, ignoring Vietnamese diacritics and case.");
        Field<StringGraphType>("unitCode").Description("Offices of this unit and its sub-units.");
        Field<OfficeKindGraphType>("kind");
    }
}

public sealed class PersonFilterGraphType : InputObjectGraphType
{
    public PersonFilterGraphType()
    {
        Name = "PersonFilter";
        Field<StringGraphType>("search").Description("Matches staff code and name, ignoring Vietnamese diacritics and case.");
        Field<StringGraphType>("unitCode").Description("People kept by this unit and its sub-units.");
        Field<StringGraphType>("officeCode").Description("People holding a post in this office today.");
        Field<PositionGraphType>("position").Description("People holding this position today.");
        Field<EmploymentTypeGraphType>("employmentType").Description("People with this employment type today.");
    }
}

public static class StaffingQueries
{
    public static readonly Keyset<Office, string> OfficesByCode = new(o => o.Code, o => o.Id);
    public static readonly Keyset<Person, string> PeopleByKey = new(p => p.PersonKey, p => p.Id);

    public static void AddStaffingQueries(this Query query)
    {
        query.Connection<OfficeGraphType, Office>("offices")
            .Description("Offices the viewer may see, in code order.")
            .AuthorizeWithPolicy(Policies.Authenticated)
            .Argument<OfficeFilterGraphType>("where")
            .ResolveAsync(async c =>
            {
                var db = c.Service<OneStopDb>();
                var q = StaffingScope.Offices(db, c.Viewer()).AsNoTracking();
                var where = c.GetArgument<Dictionary<string, object?>>("where");
                if (where?.GetValueOrDefault("search") is string { Length: > 0 } search)
                {
                    var folded = VietnameseText.Fold(search);
                    q = q.Where(o => o.SearchText.Contains(folded));
                }
                if (where?.GetValueOrDefault("kind") is OfficeKind kind) q = q.Where(o => o.Kind == kind);
                if (where?.GetValueOrDefault("unitCode") is string unitCode)
                {
                    var units = Subtree(db, unitCode);
                    q = q.Where(o => units.Any(u => u.Id == o.UnitId));
                }
                return await q.PageAsync(OfficesByCode, c);
            });

        query.Field<OfficeGraphType, Office?>("office")
            .Description("An office by code, or null when it does not exist or is outside the viewer's scope.")
            .AuthorizeWithPolicy(Policies.Authenticated)
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .ResolveAsync(async c =>
            {
                var code = c.GetArgument<string>("code");
                return await StaffingScope.Offices(c.Service<OneStopDb>(), c.Viewer()).AsNoTracking().SingleOrDefaultAsync(o => o.Code == code, c.CancellationToken);
            });

        query.Connection<PersonGraphType, Person>("people")
            .Description("People the viewer may see (kept by units in their scope), in staff-code order.")
            .AuthorizeWithPolicy(Policies.Authenticated)
            .Argument<PersonFilterGraphType>("where")
            .ResolveAsync(async c =>
            {
                var db = c.Service<OneStopDb>();
                var today = StaffingScope.Today(c.Service<TimeProvider>());
                var q = StaffingScope.People(db, c.Viewer()).AsNoTracking();
                var where = c.GetArgument<Dictionary<string, object?>>("where");
                if (where?.GetValueOrDefault("search") is string { Length: > 0 } search)
                {
                    var folded = VietnameseText.Fold(search);
                    q = q.Where(p => p.SearchText.Contains(folded));
                }
                if (where?.GetValueOrDefault("unitCode") is string unitCode)
                {
                    var units = Subtree(db, unitCode);
                    q = q.Where(p => units.Any(u => u.Id == p.UnitId));
                }
                var posts = db.Assignments.Where(a => a.From <= today && (a.To == null || a.To >= today));
                if (where?.GetValueOrDefault("officeCode") is string officeCode)
                    q = q.Where(p => posts.Any(a => a.PersonId == p.Id && db.Offices.Any(o => o.Id == a.OfficeId && o.Code == officeCode)));
                if (where?.GetValueOrDefault("position") is Position position)
                    q = q.Where(p => posts.Any(a => a.PersonId == p.Id && a.Position == position));
                if (where?.GetValueOrDefault("employmentType") is EmploymentType type)
                    q = q.Where(p => db.Employments.Any(e => e.PersonId == p.Id && e.Type == type && e.Start <= today && (e.End == null || e.End >= today)));
                return await q.PageAsync(PeopleByKey, c);
            });

        query.Field<PersonGraphType, IDataLoaderResult<Person?>>("person")
            .Description("A person by global ID (the same as `node(id:)`), or null outside the viewer's scope.")
            .AuthorizeWithPolicy(Policies.Authenticated)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => GlobalId.TryDecode(c.GetArgument<string>("id"), nameof(Person), out var id) && id <= int.MaxValue
                ? c.Service<PersonByIdLoader>().Load(c, (int)id)
                : DataLoaderResultExtensions.Completed<Person?>(null));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StaffingRuleGraphType>>>, List<StaffingRule>>("staffingRules")
            .Description("Staffing rule rows, all versions or those in force on a date, by code and effective date.")
            .AuthorizeWithPolicy(Policies.Authenticated)
            .Argument<DateScalar>("asOf")
            .Argument<StaffingRuleCodeGraphType>("code")
            .ResolveAsync(async c =>
            {
                var db = c.Service<OneStopDb>();
                var q = c.GetArgument<DateOnly?>("asOf") is { } asOf ? ComplianceQuery.RulesOn(db, asOf) : db.StaffingRules;
                if (c.GetArgument<StaffingRuleCode?>("code") is { } code) q = q.Where(r => r.Code == code);
                return await q.AsNoTracking().OrderBy(r => r.Code).ThenBy(r => r.EffectiveFrom).ThenBy(r => r.Id).ToListAsync(c.CancellationToken);
            });

        query.Field<StaffingComplianceGraphType, StaffingCompliance?>("staffingCompliance")
            .Description("Each rule per office and per unit on a date (default today), from the history; null when the unit is outside the viewer's scope.")
            .AuthorizeWithPolicy(Policies.Authenticated)
            .Argument<StringGraphType>("unitCode", "A unit and its sub-units; default the viewer's whole scope.")
            .Argument<DateScalar>("asOf")
            .ResolveAsync(async c =>
            {
                var db = c.Service<OneStopDb>();
                var viewer = c.Viewer();
                var asOf = c.GetArgument<DateOnly?>("asOf") ?? StaffingScope.Today(c.Service<TimeProvider>());
                var units = UnitQueries.VisibleTo(db.Units, viewer);
                if (c.GetArgument<string?>("unitCode") is { } unitCode)
                {
                    var unit = await StaffingScope.VisibleUnitAsync(db, viewer, unitCode, c.CancellationToken);
                    if (unit is null) return null;
                    units = units.Where(u => u.Path.StartsWith(unit.Path));
                }
                return await ComplianceQuery.EvaluateAsync(db, units, asOf, c.CancellationToken);
            });
    }

    /// <summary>A unit (by code) and its sub-units.</summary>
    public static IQueryable<Unit> Subtree(OneStopDb db, string unitCode)
    {
        var root = db.Units.Where(r => r.Code == unitCode);
        return db.Units.Where(u => root.Any(r => u.Path.StartsWith(r.Path)));
    }
}
