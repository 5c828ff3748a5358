using Microsoft.AspNetCore.Authorization;

namespace OneStop.Api.Infrastructure.Auth;

/// <summary>Authorization policies used on GraphQL fields and types and on HTTP endpoints.</summary>
public static class Policies
{
    public const string Authenticated = "Authenticated";
    public const string Admin = "Admin";
    public const string Officer = "Officer";
    public const string Supervisor = "Supervisor";
    public const string DataEntry = "DataEntry";

    /// <summary>
    /// Edits the staffing register: admins, and a unit's Leader acting as its organisation officer (cán bộ tổ chức);
    /// the resolvers limit leaders to their unit's subtree.
    /// </summary>
    public const string StaffingEditor = "StaffingEditor";

    /// <summary>Receiving dossiers: the one-stop desk, admins, and data entry for backfill.</summary>
    public const string Intake = "Intake";

    /// <summary>Personal data (ID numbers, phones) in clear: everyone who handles dossiers, not analysts.</summary>
    public const string PersonalData = "PersonalData";

    /// <summary>Reads reports: supervisors province-wide, officers for their unit's subtree (the resolvers scope it).</summary>
    public const string Reports = "Reports";

    public static void Configure(AuthorizationOptions o)
    {
        o.AddPolicy(Authenticated, p => p.RequireAuthenticatedUser());
        o.AddPolicy(Admin, p => p.RequireRole(Roles.Admin));
        o.AddPolicy(Officer, p => p.RequireRole(Roles.Receptionist, Roles.Specialist, Roles.Leader, Roles.Admin));
        o.AddPolicy(Supervisor, p => p.RequireRole(Roles.Admin, Roles.Inspector, Roles.Analyst, Roles.Leader));
        o.AddPolicy(DataEntry, p => p.RequireRole(Roles.Admin, Roles.DataEntry));
        o.AddPolicy(StaffingEditor, p => p.RequireRole(Roles.Admin, Roles.Leader));
        o.AddPolicy(Intake, p => p.RequireRole(Roles.Receptionist, Roles.Admin, Roles.DataEntry));
        o.AddPolicy(Reports, p => p.RequireRole(Roles.Admin, Roles.Inspector, Roles.Analyst, Roles.Leader, Roles.Receptionist, Roles.Specialist));
        o.AddPolicy(PersonalData, p => p.RequireRole(Roles.Admin, Roles.Receptionist, Roles.Specialist, Roles.Leader, Roles.Inspector, Roles.DataEntry));
    }
}
