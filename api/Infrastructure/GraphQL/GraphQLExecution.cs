using System.Security.Claims;
using GraphQL;
using GraphQLParser.AST;
using Microsoft.Extensions.Primitives;
using OneStop.Api.Infrastructure.Http;

namespace OneStop.Api.Infrastructure.GraphQL;

/// <summary>Runs one GraphQL request for any transport (HTTP or WebSocket).</summary>
public static class GraphQLExecution
{
    public static Task<ExecutionResult> ExecuteAsync(IServiceProvider services, ClaimsPrincipal? user, StringValues acceptLanguage,
        GraphQLHttpRequest request, GraphQLDocument? document, CancellationToken ct)
    {
        var executer = services.GetRequiredService<IDocumentExecuter<OneStopSchema>>();
        return executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = services,
            User = user,
            UserContext = new Dictionary<string, object?> { [RequestLanguage.Key] = RequestLanguage.From(acceptLanguage) },
            CancellationToken = ct,
        });
    }
}
