using OneStop.Api.Features.LegalDocuments;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Procedures;

/// <summary>Per-request loaders and node resolvers of the catalogue (procedures and legal documents).</summary>
public static class ProcedureSetup
{
    public static IServiceCollection AddProcedures(this IServiceCollection services)
    {
        services.AddScoped<ProcedureVersionByIdLoader>();
        services.AddScoped<ProcedureVersionsByProcedureIdLoader>();
        services.AddScoped<ProcedureFieldByIdLoader>();
        services.AddScoped<FeesByVersionIdLoader>();
        services.AddScoped<RequiredDocumentsByVersionIdLoader>();
        services.AddScoped<ResultDocumentsByVersionIdLoader>();
        services.AddScoped<StepsByVersionIdLoader>();
        services.AddScoped<LegalBasesByVersionIdLoader>();
        services.AddScoped<UnitsByVersionIdLoader>();
        services.AddScoped<LegalDocumentByIdLoader>();
        services.AddNodeResolver<ProcedureVersion>(nameof(Procedure), (c, id) => c.Service<ProcedureVersionByIdLoader>().Load((int)id)
            .Then(v => v is not null && ProcedureVisibility.CanSee(c.Viewer(), v) ? v : null));
        services.AddNodeResolver<LegalDocument>(nameof(LegalDocument), (c, id) => c.Service<LegalDocumentByIdLoader>().Load((int)id));
        return services;
    }
}
