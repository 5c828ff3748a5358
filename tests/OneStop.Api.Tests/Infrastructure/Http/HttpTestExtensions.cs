using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace OneStop.Api.Tests.Infrastructure.Http;

/// <summary>Raw GraphQL-over-HTTP requests: the transport tests need exact control of methods, headers and bodies.</summary>
internal static class HttpTestExtensions
{
    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string body, string? contentType = "application/json", string? accept = null)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null) content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PostQueryAsync(this HttpClient client, string query, string? accept = null) =>
        client.PostRawAsync(new JsonObject { ["query"] = query }.ToJsonString(), accept: accept);

    public static Task<HttpResponseMessage> GetQueryAsync(this HttpClient client, string query, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query));
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return client.SendAsync(request);
    }

    public static async Task<JsonNode> JsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    public static string? MediaType(this HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType;
}
