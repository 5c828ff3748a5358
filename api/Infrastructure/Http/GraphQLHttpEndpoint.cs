using System.Text.Json;
using GraphQL;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Identity;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Infrastructure.Http;

/// <summary>
/// GraphQL over HTTP (2025 text, audited with graphql-http 1.23.1): POST JSON, GET for queries, Accept
/// negotiation and status codes in <see cref="StatusFor"/>. WebSocket upgrades on the same path go to
/// <see cref="GraphQLWebSocketEndpoint"/>; browsers asking for a page get Banana Cake Pop.
/// </summary>
public static class GraphQLHttpEndpoint
{
    public const long MaxBodyBytes = 1024 * 1024;

    public static void MapGraphQLEndpoint(this IEndpointRouteBuilder app)
    {
        // Endpoint routing matches "/graphql/" with this pattern too (a trailing slash is ignored).
        app.Map("/graphql", HandleAsync).WithMetadata(new RequestSizeLimitAttributeMetadata(MaxBodyBytes)).ExcludeFromDescription();
    }

    private static async Task HandleAsync(HttpContext http)
    {
        if (http.WebSockets.IsWebSocketRequest)
        {
            await GraphQLWebSocketEndpoint.HandleAsync(http);
            return;
        }
        var method = http.Request.Method;
        if (HttpMethods.IsGet(method) && IdeEndpoints.WantsIde(http.Request))
        {
            await IdeEndpoints.ServeIndexAsync(http);
            return;
        }
        if (!HttpMethods.IsGet(method) && !HttpMethods.IsPost(method))
        {
            http.Response.Headers.Allow = "GET, POST";
            await WriteErrorAsync(http, StatusCodes.Status405MethodNotAllowed, MediaTypes.Json, "Use GET (queries) or POST.", "METHOD_NOT_ALLOWED");
            return;
        }
        var mediaType = MediaTypes.ChooseResponseType(http.Request.Headers.Accept);
        if (!await AuthenticatedOrNoTokenAsync(http, mediaType)) return;

        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        GraphQLHttpRequest? request;
        string? error;
        if (HttpMethods.IsPost(method))
        {
            if (!MediaTypes.IsJsonRequest(http.Request.ContentType))
            {
                await WriteErrorAsync(http, StatusCodes.Status415UnsupportedMediaType, mediaType,
                    "POST bodies must be `application/json` (UTF-8).", "UNSUPPORTED_MEDIA_TYPE");
                return;
            }
            (request, error) = await ReadBodyAsync(http, serializer);
        }
        else
        {
            request = GraphQLHttpRequestReader.FromQueryString(http.Request.Query, serializer, out error);
        }
        if (request is null)
        {
            await WriteErrorAsync(http, error == TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest,
                mediaType, error!, error == TooLarge ? "PAYLOAD_TOO_LARGE" : "BAD_REQUEST");
            return;
        }

        var document = ParseOrCached(http.RequestServices.GetRequiredService<DocumentCache>(), request.Query);
        var operationType = document is null ? (OperationType?)null : OperationOf(document, request.OperationName);
        if (HttpMethods.IsGet(method) && operationType is OperationType.Mutation)
        {
            http.Response.Headers.Allow = "POST";
            await WriteErrorAsync(http, StatusCodes.Status405MethodNotAllowed, mediaType, "Mutations must be sent with POST.", "METHOD_NOT_ALLOWED");
            return;
        }
        if (operationType is OperationType.Subscription)
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, mediaType,
                "Subscriptions are served over WebSocket (graphql-transport-ws) at this path.", "SUBSCRIPTION_OVER_HTTP");
            return;
        }

        var result = await GraphQLExecution.ExecuteAsync(http.RequestServices, http.User, http.Request.Headers.AcceptLanguage,
            request, document, http.RequestAborted);
        http.Response.StatusCode = StatusFor(result, mediaType);
        http.Response.ContentType = MediaTypes.WithCharset(mediaType);
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private const string TooLarge = "The request body is larger than the limit of 1 MiB.";

    private static async Task<(GraphQLHttpRequest?, string?)> ReadBodyAsync(HttpContext http, IGraphQLSerializer serializer)
    {
        if (http.Request.ContentLength > MaxBodyBytes) return (null, TooLarge);
        try
        {
            using var doc = await JsonDocument.ParseAsync(http.Request.Body, default, http.RequestAborted);
            var request = GraphQLHttpRequestReader.FromJson(doc.RootElement, serializer, out var error);
            return (request, error);
        }
        catch (JsonException)
        {
            return (null, "The request body is not valid JSON.");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException)
        {
            return (null, "The request has members of the wrong type.");
        }
    }

    private static readonly ParserOptions ParseOptions = new() { Ignore = IgnoreOptions.Comments, MaxDepth = 64 };

    /// <summary>
    /// The document, from <see cref="DocumentCache"/> when this query text was validated before (then the executer
    /// skips parsing and the document-only rules), else freshly parsed; null on a syntax error, which is left to the
    /// executer so it is reported in the GraphQL error format.
    /// </summary>
    private static GraphQLDocument? ParseOrCached(DocumentCache cache, string query)
    {
        if (cache.TryGet(query, out var cached)) return cached;
        try
        {
            return Parser.Parse(query, ParseOptions);
        }
        catch (GraphQLParserException)
        {
            return null;
        }
    }

    /// <summary>The type of the operation that will run: the named one, or the only one; null when undeterminable.</summary>
    private static OperationType? OperationOf(GraphQLDocument document, string? operationName)
    {
        GraphQLOperationDefinition? found = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not GraphQLOperationDefinition op) continue;
            if (operationName is null)
            {
                if (found is not null) return null; // several operations and no name: the executer reports it
                found = op;
            }
            else if (op.Name is { } name && name.StringValue == operationName)
            {
                return op.Operation;
            }
        }
        return found?.Operation;
    }

    /// <summary>
    /// Status codes of GraphQL over HTTP (2025): application/json answers 200 to every well-formed request;
    /// graphql-response+json answers 4xx when nothing was executed (401/403 for authorization, else 400).
    /// Keep the mapping here so the 2026 draft (294, 422) is a local change.
    /// </summary>
    public static int StatusFor(ExecutionResult result, string mediaType)
    {
        if (mediaType == MediaTypes.Json || result.Executed) return StatusCodes.Status200OK;
        var codes = result.Errors?.Select(e => e.Code).ToHashSet() ?? [];
        if (codes.Count == 1 && codes.Contains(AuthorizationRule.Unauthenticated)) return StatusCodes.Status401Unauthorized;
        if (codes.Count > 0 && codes.All(c => c is AuthorizationRule.Forbidden or AuthorizationRule.Unauthenticated)) return StatusCodes.Status403Forbidden;
        return StatusCodes.Status400BadRequest;
    }

    /// <summary>A bearer token that does not authenticate (invalid, expired) is refused with 401, not ignored.</summary>
    private static async Task<bool> AuthenticatedOrNoTokenAsync(HttpContext http, string mediaType)
    {
        var header = http.Request.Headers.Authorization.ToString();
        if (header.Length == 0 || http.User.Identity?.IsAuthenticated == true) return true;
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var result = await http.AuthenticateAsync(IdentityConstants.BearerScheme);
            if (result.Succeeded)
            {
                http.User = result.Principal;
                return true;
            }
        }
        http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        await WriteErrorAsync(http, StatusCodes.Status401Unauthorized, mediaType, "The access token is invalid or expired; sign in again.", AuthorizationRule.Unauthenticated);
        return false;
    }

    public static async Task WriteErrorAsync(HttpContext http, int status, string mediaType, string message, string code)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = MediaTypes.WithCharset(mediaType);
        await JsonSerializer.SerializeAsync(http.Response.Body,
            new { errors = new[] { new { message, extensions = new { code } } } }, cancellationToken: http.RequestAborted);
    }
}

/// <summary>Marks the GraphQL endpoint's body limit for Kestrel (413 beyond it).</summary>
internal sealed class RequestSizeLimitAttributeMetadata(long limit) : IRequestSizeLimitMetadata
{
    public long? MaxRequestBodySize => limit;
}
