using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.GraphQL;
using OneStop.Api.Infrastructure.Text;

namespace OneStop.Api.Features.Units;

public sealed class UnitFilterGraphType : InputObjectGraphType
{
    public UnitFilterGraphType()
    {
        Name = "UnitFilter";
        Field<StringGraphType>("search").Description("Matches code and name, ignoring Vietnamese diacritics and case.");
        Field<UnitKindGraphType>("kind");
        Field<StringGraphType>("parentCode").Description("Only direct children of this unit.");
    }
}

public static class UnitQueries
{
    public static readonly Keyset<Unit, string> ByCode = new(u => u.Code, u => u.Id);

    public static void AddUnitQueries(this Query query)
    {
        query.Connection<UnitGraphType, Unit>("units")
            .Description("Units the viewer may see (their own subtree; the whole province for admins, inspectors and analysts), in code order.")
            .AuthorizeWithPolicy(Policies.Authenticated)
            .Argument<UnitFilterGraphType>("where")
            .ResolveAsync(async c =>
            {
                var db = c.Service<OneStopDb>();
                var q = VisibleTo(db.Units.AsNoTracking(), c.Viewer());
                var where = c.GetArgument<Dictionary<string, object?>>("where");
                if (where?.GetValueOrDefault("search") is string { Length: > 0 } search)
                {
                    var folded = VietnameseText.Fold(search);
                    q = q.Where(u => u.SearchText.Contains(folded));
                }
                if (where?.GetValueOrDefault("kind") is UnitKind kind) q = q.Where(u => u.Kind == kind);
                if (where?.GetValueOrDefault("parentCode") is string parentCode)
                    q = q.Where(u => db.Units.Any(p => p.Code == parentCode && p.Id == u.ParentId));
                return await q.PageAsync(ByCode, c);
            });

        query.Field<UnitGraphType, Unit?>("unit")
            .Description("A unit by its code, or null when it does not exist or is outside the viewer's scope.")
            .AuthorizeWithPolicy(Policies.Authenticated)
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .ResolveAsync(async c =>
            {
                var code = c.GetArgument<string>("code");
                return await VisibleTo(c.Service<OneStopDb>().Units.AsNoTracking(), c.Viewer()).SingleOrDefaultAsync(u => u.Code == code, c.CancellationToken);
            });
    }

    /// <summary>Per-unit scoping in the query itself (DOMAIN.md §11.1): officers see their subtree only.</summary>
    public static IQueryable<Unit> VisibleTo(IQueryable<Unit> units, Viewer viewer) =>
        viewer.IsProvinceWide ? units
        : viewer.UnitPath is { } path ? units.Where(u => u.Path.StartsWith(path))
        : units.Where(_ => false);
}
