using System.Diagnostics;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Utilities;
using OneStop.Api.Features.Procedures;
using OneStop.Api.Features.Staffing;
using OneStop.Api.Features.Units;

namespace OneStop.Api.Infrastructure.GraphQL;

/// <summary>Schema, execution rules and limits.</summary>
public static class GraphQLSetup
{
    public const int MaxDepth = 15;
    public const int MaxComplexity = 50_000;

    public static IServiceCollection AddOneStopGraphQL(this IServiceCollection services)
    {
        services.AddGraphQL(b => b
            .AddSchema<OneStopSchema>()
            // Vietnamese text stays readable (and shorter) on the wire; JSON escaping of <, >, & is not needed for application/json.
            .AddSystemTextJson(o => o.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddGraphTypes(typeof(OneStopSchema).Assembly)
            .AddErrorInfoProvider<OneStopErrorInfoProvider>()
            // Serial for queries too: one scoped DbContext per request is not thread-safe; loaders still batch (TECH.md §3.1).
            .AddExecutionStrategy<SerialExecutionStrategy>(GraphQLParser.AST.OperationType.Query)
            // Each event in its own scope, executed and serialized once per delivery class (SharedSubscriptionExecutionStrategy).
            .AddExecutionStrategy<SharedSubscriptionExecutionStrategy>(GraphQLParser.AST.OperationType.Subscription)
            .AddValidationRule<AuthorizationRule>()
            .AddComplexityAnalyzer(o =>
            {
                o.MaxDepth = MaxDepth;
                o.MaxComplexity = MaxComplexity;
            })
            .ConfigureExecutionOptions(o =>
            {
                o.UnhandledExceptionDelegate = ctx =>
                {
                    var logger = o.RequestServices!.GetRequiredService<ILoggerFactory>().CreateLogger("OneStop.GraphQL");
                    var traceId = Activity.Current?.TraceId.ToString() ?? Guid.NewGuid().ToString("N");
                    ctx.Exception.Data["traceId"] = traceId;
                    logger.LogError(ctx.Exception, "Unhandled GraphQL error {TraceId} in {Field}", traceId, ctx.FieldContext?.FieldDefinition.Name);
                    return Task.CompletedTask;
                };
            }));

        // One cache instance: the executer runs it (IConfigureExecution) and the HTTP transport reads it before parsing.
        services.AddSingleton<DocumentCache>();
        services.AddSingleton<IConfigureExecution>(sp => sp.GetRequiredService<DocumentCache>());

        // Per-request loaders (one query per entity and key per request).
        services.AddScoped<UnitByIdLoader>();
        services.AddScoped<UnitsByParentIdLoader>();
        services.AddNodeResolver<Unit>(nameof(Unit), (c, id) => c.Service<UnitByIdLoader>().Load((int)id)
            .Then(u => u is not null && c.Viewer().CanSeeUnitPath(u.Path) ? u : null));
        services.AddProcedures();
        services.AddStaffing();
        return services;
    }

    /// <summary>The schema, printed as the committed contract <c>schema.graphql</c>.</summary>
    public static string PrintSchema(ISchema schema) =>
        schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true, StringComparison = StringComparison.Ordinal })
            .ReplaceLineEndings("\n").TrimEnd() + "\n";
}
