using System.Text.Json.Nodes;

namespace OneStop.Api.Tests.Infrastructure.Http;

/// <summary>Renames a unit over HTTP as an admin, which publishes <c>unitChanged</c>.</summary>
public static class UnitUpdates
{
    public const string TamKy = "000.00.21.H47";
    public const string NamTraMy = "000.00.32.H47";

    public static async Task<JsonNode> RenameAsync(HttpClient admin, string code, string name)
    {
        var unit = (await admin.DataAsync("query($code: String!) { unit(code: $code) { version oneStopDesk } }", new { code }))["unit"]!;
        var data = await admin.DataAsync("""
            mutation($input: UpdateUnitInput!) {
              updateUnit(input: $input) { unit { version name } errors { __typename } }
            }
            """,
            new { input = new { code, name, oneStopDesk = unit["oneStopDesk"]?.GetValue<string>(), expectedVersion = unit["version"]!.GetValue<int>() } });
        Assert.Empty(data["updateUnit"]!["errors"]!.AsArray());
        return data["updateUnit"]!["unit"]!;
    }
}
