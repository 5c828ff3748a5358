using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OneStop.Api.Tests;

/// <summary>Posts GraphQL documents as a real client would and returns the parsed response.</summary>
public static class GraphQLClient
{
    public static async Task<JsonNode> GraphQLAsync(this HttpClient client, string query, object? variables = null)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    /// <summary>The <c>data</c> of a response that must have no errors.</summary>
    public static async Task<JsonNode> DataAsync(this HttpClient client, string query, object? variables = null)
    {
        var body = await client.GraphQLAsync(query, variables);
        Assert.True(body["errors"] is null, $"Unexpected errors: {body["errors"]?.ToJsonString()}");
        return body["data"]!;
    }

    public static string? ErrorCode(this JsonNode body) => body["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    public static string Json(this JsonNode node) => node.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
}
