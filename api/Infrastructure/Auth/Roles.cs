namespace OneStop.Api.Infrastructure.Auth;

/// <summary>Role names as stored by ASP.NET Core Identity.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Receptionist = "Receptionist";
    public const string Specialist = "Specialist";
    public const string Leader = "Leader";
    public const string Inspector = "Inspector";
    public const string Analyst = "Analyst";
    public const string DataEntry = "DataEntry";

    public static readonly IReadOnlyList<string> All = [Admin, Receptionist, Specialist, Leader, Inspector, Analyst, DataEntry];

    /// <summary>Roles that read every unit of the province (supervision and administration).</summary>
    public static readonly IReadOnlyList<string> ProvinceWide = [Admin, Inspector, Analyst];
}
