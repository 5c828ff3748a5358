using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.DeadlineAlerts;
using OneStop.Api.Features.Dossiers;
using OneStop.Api.Features.LegalDocuments;
using OneStop.Api.Features.Procedures;
using OneStop.Api.Features.Satisfaction;
using OneStop.Api.Features.Staffing;
using OneStop.Api.Features.Surveys;
using OneStop.Api.Features.Units;
using OneStop.Api.Infrastructure.Auth;

namespace OneStop.Api.Infrastructure.Data;

/// <summary>
/// The one EF Core model. Provider-specific subclasses (<see cref="SqliteOneStopDb"/>, <see cref="SqlServerOneStopDb"/>)
/// exist only so that each provider keeps its own migrations set.
/// </summary>
/// <remarks>
/// Add a migration to both sets after a model change:
/// <code>
/// dotnet tool run dotnet-ef migrations add NAME -p api -c SqliteOneStopDb -o Infrastructure/Data/Migrations/Sqlite
/// dotnet tool run dotnet-ef migrations add NAME -p api -c SqlServerOneStopDb -o Infrastructure/Data/Migrations/SqlServer
/// </code>
/// </remarks>
public abstract class OneStopDb(DbContextOptions options) : IdentityDbContext<AppUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    /// <summary>Data-protection keys (tokens, cookies) shared by every API instance on this database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<Procedure> Procedures => Set<Procedure>();
    public DbSet<ProcedureVersion> ProcedureVersions => Set<ProcedureVersion>();
    public DbSet<ProcedureField> ProcedureFields => Set<ProcedureField>();
    public DbSet<ProcedureFee> ProcedureFees => Set<ProcedureFee>();
    public DbSet<RequiredDocument> RequiredDocuments => Set<RequiredDocument>();
    public DbSet<ResultDocument> ResultDocuments => Set<ResultDocument>();
    public DbSet<ProcedureStep> ProcedureSteps => Set<ProcedureStep>();
    public DbSet<ProcedureLegalBasis> ProcedureLegalBases => Set<ProcedureLegalBasis>();
    public DbSet<ProcedureVersionUnit> ProcedureVersionUnits => Set<ProcedureVersionUnit>();
    public DbSet<LegalDocument> LegalDocuments => Set<LegalDocument>();
    public DbSet<Office> Offices => Set<Office>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Assignment> Assignments => Set<Assignment>();
    public DbSet<Employment> Employments => Set<Employment>();
    public DbSet<StaffingRule> StaffingRules => Set<StaffingRule>();
    public DbSet<Dossier> Dossiers => Set<Dossier>();
    public DbSet<DossierDocument> DossierDocuments => Set<DossierDocument>();
    public DbSet<DossierPause> DossierPauses => Set<DossierPause>();
    public DbSet<DossierHandover> DossierHandovers => Set<DossierHandover>();
    public DbSet<DossierApology> DossierApologies => Set<DossierApology>();
    public DbSet<DossierAuditEntry> DossierAuditEntries => Set<DossierAuditEntry>();
    public DbSet<DossierCounter> DossierCounters => Set<DossierCounter>();
    public DbSet<DossierPolicy> DossierPolicies => Set<DossierPolicy>();
    public DbSet<DeadlineAlert> DeadlineAlerts => Set<DeadlineAlert>();
    public DbSet<DeadlineWatch> DeadlineWatches => Set<DeadlineWatch>();
    public DbSet<DossierRating> DossierRatings => Set<DossierRating>();
    public DbSet<RatingToken> RatingTokens => Set<RatingToken>();
    public DbSet<FollowUp> FollowUps => Set<FollowUp>();
    public DbSet<SurveyQuestionnaire> SurveyQuestionnaires => Set<SurveyQuestionnaire>();
    public DbSet<SurveyCriterion> SurveyCriteria => Set<SurveyCriterion>();
    public DbSet<SurveyCampaign> SurveyCampaigns => Set<SurveyCampaign>();
    public DbSet<SurveyInvitation> SurveyInvitations => Set<SurveyInvitation>();
    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();
    public DbSet<SurveyAnswer> SurveyAnswers => Set<SurveyAnswer>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(OneStopDb).Assembly, t => !t.IsAbstract);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are stored as UTC DateTime: SQLite cannot ORDER BY a DateTimeOffset (TECH.md §11.3).
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
    }
}

/// <summary>The embedded default provider.</summary>
public sealed class SqliteOneStopDb(DbContextOptions<SqliteOneStopDb> options) : OneStopDb(options);

/// <summary>The production provider.</summary>
public sealed class SqlServerOneStopDb(DbContextOptions<SqlServerOneStopDb> options) : OneStopDb(options);
