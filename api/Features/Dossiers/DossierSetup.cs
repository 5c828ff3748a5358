using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Dossiers;

/// <summary>Services, per-request loaders and the node resolver of the dossier feature.</summary>
public static class DossierSetup
{
    public static IServiceCollection AddDossiers(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<DossierRules>(config.GetSection("Dossiers:Rules"));
        services.AddScoped<DossierDeadlines>();
        services.AddScoped<DossierFactory>();
        services.AddScoped<DossierWorkflow>();
        services.AddScoped<DossierImport>();
        services.AddSingleton<ReferenceDataCache>();
        services.AddScoped<ReferenceData>();
        services.AddScoped<DossierByIdLoader>();
        services.AddScoped<OfficerByIdLoader>();
        services.AddScoped<OfficerWorkloadLoader>();
        services.AddScoped<DocumentsByDossierIdLoader>();
        services.AddScoped<PausesByDossierIdLoader>();
        services.AddScoped<HandoversByDossierIdLoader>();
        services.AddScoped<ApologiesByDossierIdLoader>();
        services.AddScoped<AuditByDossierIdLoader>();
        services.AddNodeResolver<Dossier>(nameof(Dossier), (c, id) => c.Service<DossierByIdLoader>().Load(id)
            .Then(d => d is not null && (c.Viewer().CanSeeUnitPath(d.ReceivingUnitPath) || c.Viewer().CanSeeUnitPath(d.CurrentUnitPath)) ? d : null));
        return services;
    }
}
