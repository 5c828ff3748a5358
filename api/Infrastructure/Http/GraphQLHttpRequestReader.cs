using System.Text.Json;
using GraphQL;

namespace OneStop.Api.Infrastructure.Http;

/// <summary>The four GraphQL request parameters after transport checks.</summary>
public sealed record GraphQLHttpRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions);

/// <summary>
/// Reads GraphQL-over-HTTP parameters from a JSON body or a GET query string and rejects ill-typed members with
/// a clear message (400). <c>null</c> means absent; unknown members are ignored; on GET an empty string is absent.
/// </summary>
public static class GraphQLHttpRequestReader
{
    public static GraphQLHttpRequest FromJson(JsonElement body, IGraphQLSerializer serializer, out string? error)
    {
        error = null;
        if (body.ValueKind != JsonValueKind.Object)
        {
            error = body.ValueKind == JsonValueKind.Array
                ? "Batched requests (a JSON array) are not supported; send one request object."
                : "The request body must be a JSON object.";
            return null!;
        }
        string? query = null, operationName = null;
        Inputs? variables = null, extensions = null;
        foreach (var p in body.EnumerateObject())
        {
            switch (p.Name)
            {
                case "query": query = ReadString(p, ref error); break;
                case "operationName": operationName = ReadString(p, ref error); break;
                case "variables": variables = ReadMap(p.Value, p.Name, serializer, ref error); break;
                case "extensions": extensions = ReadMap(p.Value, p.Name, serializer, ref error); break;
            }
            if (error is not null) return null!;
        }
        return Complete(query, operationName, variables, extensions, out error);
    }

    public static GraphQLHttpRequest FromQueryString(IQueryCollection q, IGraphQLSerializer serializer, out string? error)
    {
        error = null;
        var query = Single(q, "query", ref error);
        var operationName = Single(q, "operationName", ref error);
        var variables = ParseMap(Single(q, "variables", ref error), "variables", serializer, ref error);
        var extensions = ParseMap(Single(q, "extensions", ref error), "extensions", serializer, ref error);
        return error is not null ? null! : Complete(query, operationName, variables, extensions, out error);
    }

    private static GraphQLHttpRequest Complete(string? query, string? operationName, Inputs? variables, Inputs? extensions, out string? error)
    {
        error = string.IsNullOrWhiteSpace(query) ? "The request has no `query` string." : null;
        return error is null ? new GraphQLHttpRequest(query!, operationName, variables, extensions) : null!;
    }

    private static string? ReadString(JsonProperty p, ref string? error)
    {
        if (p.Value.ValueKind == JsonValueKind.Null) return null;
        if (p.Value.ValueKind == JsonValueKind.String) return p.Value.GetString();
        error = $"`{p.Name}` must be a string.";
        return null;
    }

    private static Inputs? ReadMap(JsonElement value, string name, IGraphQLSerializer serializer, ref string? error)
    {
        if (value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind != JsonValueKind.Object)
        {
            error = $"`{name}` must be a JSON object (a map).";
            return null;
        }
        return serializer.ReadNode<Inputs>(value);
    }

    private static string? Single(IQueryCollection q, string name, ref string? error)
    {
        if (!q.TryGetValue(name, out var values)) return null;
        if (values.Count > 1) error ??= $"`{name}` is given more than once.";
        return string.IsNullOrEmpty(values[0]) ? null : values[0];
    }

    private static Inputs? ParseMap(string? json, string name, IGraphQLSerializer serializer, ref string? error)
    {
        if (json is null || error is not null) return null;
        try
        {
            using var doc = JsonDocument.Parse(json);
            return ReadMap(doc.RootElement, name, serializer, ref error);
        }
        catch (JsonException)
        {
            error = $"`{name}` must be a JSON-encoded map.";
            return null;
        }
    }
}
