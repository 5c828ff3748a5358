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
        // Fast path for the common single headers (none, */*, one exact type) without parsing.
        if (accept.Count == 0) return Json;
        if (accept.Count == 1)
        {
            var single = accept[0];
            if (string.IsNullOrEmpty(single) || single == "*/*" || single == Json) return Json;
            if (single == GraphQLResponse) return GraphQLResponse;
        }
        if (!MediaTypeHeaderValue.TryParseList(accept, out var parsed)) return Json;
        string? best = null;
        var bestQuality = 0.0;
        foreach (var m in parsed)
        {
            var quality = m.Quality ?? 1.0;
            if (quality <= bestQuality) continue; // ties keep the client's order; q=0 means "not acceptable"
            if (m.MediaType.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase)) (best, bestQuality) = (GraphQLResponse, quality);
            else if (m.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)) (best, bestQuality) = (Json, quality);
        }
        return best ?? Json;
    }

    /// <summary>The Content-Type header value for a chosen response type (cached strings, no allocation per request).</summary>
    public static string WithCharset(string mediaType) => mediaType switch
    {
        Json => "application/json; charset=utf-8",
        GraphQLResponse => "application/graphql-response+json; charset=utf-8",
        _ => mediaType + "; charset=utf-8",
    };

    /// <summary>Whether a request body of this Content-Type is accepted: JSON in UTF-8 (charset may be absent).</summary>
    public static bool IsJsonRequest(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType) || !MediaTypeHeaderValue.TryParse(contentType, out var ct)) return false;
        if (!ct.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)) return false;
        var charset = HeaderUtilities.RemoveQuotes(ct.Charset); // charset="utf-8" is as valid as charset=utf-8
        return StringSegment.IsNullOrEmpty(charset) || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether a browser asks for a page (Accept names text/html).</summary>
    public static bool AcceptsHtml(StringValues accept) =>
        MediaTypeHeaderValue.TryParseList(accept, out var parsed)
        && parsed.Any(m => m.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
}
