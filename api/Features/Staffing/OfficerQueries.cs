using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Dossiers;
using OneStop.Api.Features.Identity;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.GraphQL;
using OneStop.Api.Infrastructure.Text;

namespace OneStop.Api.Features.Staffing;

/// <summary>Role names of accounts, one statement per batch.</summary>
public sealed class RolesByUserIdLoader(OneStopDb db) : GroupLoader<string, string>
{
    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> FetchAsync(IReadOnlyList<string> keys, CancellationToken ct)
    {
        var rows = await Query(db, keys).ToListAsync(ct);
        return rows.GroupBy(r => r.Key).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(r => r.Value).Order(StringComparer.Ordinal)]);
    }

    /// <summary>(user id, role name) pairs of the accounts.</summary>
    public static IQueryable<KeyValuePair<string, string>> Query(OneStopDb db, IReadOnlyCollection<string> userIds) =>
        from ur in db.UserRoles.AsNoTracking()
        where userIds.Contains(ur.UserId)
        join r in db.Roles on ur.RoleId equals r.Id
        select new KeyValuePair<string, string>(ur.UserId, r.Name!);
}

public sealed class UnitOfficerGraphType : ObjectGraphType<OfficerPost>
{
    public UnitOfficerGraphType()
    {
        Name = "UnitOfficer";
        Description = "A sign-in account whose person holds a post in the unit today: whom a dossier step may be given to.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("User id (as `me.id`; the `officerId` of assign and forward).").Resolve(c => c.Source.UserId);
        Field(o => o.FullName).Description("The account's display name.");
        Field(o => o.Email, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleGraphType>>>, IDataLoaderResult<IReadOnlyList<string>>>("roles")
            .Resolve(c => c.Service<RolesByUserIdLoader>().Load(c.Source.UserId));
        Field<PersonGraphType, IDataLoaderResult<Person?>>("person").Description("The staff record (null outside the viewer's scope).")
            .Resolve(c => c.Service<PersonByIdLoader>().Load(c, c.Source.PersonId));
        Field<NonNullGraphType<AssignmentGraphType>>("post").Description("The post held in the unit today (the most senior one when several).")
            .Resolve(c => c.Source.Post);
        Field<NonNullGraphType<OfficerWorkloadGraphType>, IDataLoaderResult<OfficerWorkload>>("workload")
            .Resolve(c => c.Service<OfficerWorkloadLoader>().Load(c.Source.UserId));
    }
}

public static class OfficerQueries
{
    public static void AddOfficerQueries(this Query query) =>
        query.Field<ListGraphType<NonNullGraphType<UnitOfficerGraphType>>, IReadOnlyList<OfficerPost>?>("officers")
            .Description("Officers holding a post today in the unit (its offices), with their open work: the officers a step may be given to. Null when the unit is outside the viewer's scope.")
            .AuthorizeWithPolicy(Policies.Officer)
            .Argument<NonNullGraphType<StringGraphType>>("unitCode", "The handling unit.")
            .Argument<StringGraphType>("search", "Matches staff code and name, ignoring Vietnamese diacritics and case.")
            .Argument<RoleGraphType>("role", "Only accounts with this role.")
            .ResolveAsync(async c =>
            {
                var db = c.Service<OneStopDb>();
                var unit = await StaffingScope.VisibleUnitAsync(db, c.Viewer(), c.GetArgument<string>("unitCode"), c.CancellationToken);
                if (unit is null) return null;
                var search = c.GetArgument<string?>("search") is { Length: > 0 } s ? VietnameseText.Fold(s) : null;
                var today = StaffingScope.Today(c.Service<TimeProvider>());
                var rows = await OfficerPosts.InUnit(db, unit.Id, unit.Code, today, search, c.GetArgument<string?>("role")).AsNoTracking().ToListAsync(c.CancellationToken);
                return (IReadOnlyList<OfficerPost>)[.. rows.GroupBy(r => r.UserId).Select(g => g.OrderBy(r => r.Post.Position).ThenBy(r => r.Post.Id).First())];
            });
}
