using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace OneStop.Api.Infrastructure.Http;

/// <summary>Media types of GraphQL over HTTP and the one place where the response type is chosen.</summary>
public static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The response media type for an Accept header: graphql-response+json only when the client names it;
    /// a missing Accept, <c>*/*</c>, <c>application/*</c> or nothing we know gives application/json
    /// (GraphQL over HTTP, audits 47DE and 80D8). Higher q first; ties keep the client's order.
    /// </summary>
    public static string ChooseResponseType(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out var parsed)) return Json;
        foreach (var m in parsed.Select((m, i) => (m, i)).OrderByDescending(x => x.m.Quality ?? 1.0).ThenBy(x => x.i).Select(x => x.m))
        {
            if (m.Quality == 0) continue;
            if (m.MediaType.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase)) return GraphQLResponse;
            if (m.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)) return Json;
        }
        return Json;
    }

    /// <summary>Whether a request body of this Content-Type is accepted: JSON in UTF-8 (charset may be absent).</summary>
    public static bool IsJsonRequest(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType) || !MediaTypeHeaderValue.TryParse(contentType, out var ct)) return false;
        if (!ct.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)) return false;
        var charset = ct.Charset;
        return StringSegment.IsNullOrEmpty(charset) || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether a browser asks for a page (Accept names text/html).</summary>
    public static bool AcceptsHtml(StringValues accept) =>
        MediaTypeHeaderValue.TryParseList(accept, out var parsed)
        && parsed.Any(m => m.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
}
