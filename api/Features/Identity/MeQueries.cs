using System.Security.Claims;
using GraphQL.DataLoader;
using GraphQL.Types;
using OneStop.Api.Features.Units;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Identity;

/// <summary>The signed-in user, read from the sign-in claims.</summary>
public sealed record Me(string Id, string Email, string FullName, IReadOnlyList<string> Roles, int? UnitId);

public sealed class RoleGraphType : EnumerationGraphType
{
    public RoleGraphType()
    {
        Name = "Role";
        Description = "What a user may do.";
        Add("ADMIN", Roles.Admin, "Administers the catalogue, units, accounts and calendars.");
        Add("RECEPTIONIST", Roles.Receptionist, "One-stop desk officer: receives and returns dossiers.");
        Add("SPECIALIST", Roles.Specialist, "Appraises dossiers.");
        Add("LEADER", Roles.Leader, "Approves and signs results; leads a unit.");
        Add("INSPECTOR", Roles.Inspector, "Province supervision: reads every unit.");
        Add("ANALYST", Roles.Analyst, "Read-only analysis; personal data masked.");
        Add("DATA_ENTRY", Roles.DataEntry, "Backfills historical dossiers.");
    }
}

public sealed class MeGraphType : ObjectGraphType<Me>
{
    public MeGraphType()
    {
        Name = "Me";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(m => m.Email);
        Field(m => m.FullName);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleGraphType>>>>("roles").Resolve(c => c.Source.Roles);
        Field<UnitGraphType, IDataLoaderResult<Unit?>>("unit")
            .Resolve(c => c.Source.UnitId is { } id
                ? c.Service<UnitByIdLoader>().Load(id)
                : DataLoaderResultExtensions.Completed<Unit?>(null));
    }
}

public static class MeQueries
{
    public static void AddMeQuery(this Query query) =>
        query.Field<MeGraphType, Me?>("me")
            .Description("The signed-in user, or null when not signed in.")
            .Resolve(c =>
            {
                var viewer = c.Viewer();
                if (!viewer.IsAuthenticated) return null;
                var p = viewer.Principal;
                return new Me(viewer.UserId!, p.FindFirstValue(ClaimTypes.Email) ?? p.Identity!.Name ?? "",
                    p.FindFirstValue(Viewer.FullNameClaim) ?? "",
                    [.. Roles.All.Where(p.IsInRole)], viewer.UnitId);
            });
}
