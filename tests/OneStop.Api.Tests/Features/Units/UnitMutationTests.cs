using System.Text.Json.Nodes;

namespace OneStop.Api.Tests.Features.Units;

public sealed class UnitMutationTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    private const string Update = """
        mutation($input: UpdateUnitInput!) {
          updateUnit(input: $input) {
            unit { code name oneStopDesk version }
            errors { __typename ... on UserError { code message } ... on ValidationError { field } ... on ConcurrencyConflictError { currentVersion } }
          }
        }
        """;

    private static object Input(string code, string name, int version, string? desk = "Bộ phận Một cửa") =>
        new { input = new { code, name, oneStopDesk = desk, expectedVersion = version } };

    private static async Task<int> VersionOf(HttpClient client, string code) =>
        (await client.DataAsync($"{{ unit(code: \"{code}\") {{ version }} }}"))["unit"]!["version"]!.GetValue<int>();

    [Fact]
    public async Task Admin_renames_a_unit_and_the_version_moves_on()
    {
        var admin = await factory.ClientAsync("admin@onestop.local");
        var version = await VersionOf(admin, "000.01.22.H47");
        var payload = (await admin.DataAsync(Update, Input("000.01.22.H47", "Ủy ban nhân dân Phường Minh An", version)))["updateUnit"]!;
        Assert.Empty(payload["errors"]!.AsArray());
        Assert.Equal(version + 1, payload["unit"]!["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_stale_version_gives_a_typed_conflict_and_changes_nothing()
    {
        var admin = await factory.ClientAsync("admin@onestop.local");
        var version = await VersionOf(admin, "000.02.22.H47");
        await admin.DataAsync(Update, Input("000.02.22.H47", "Ủy ban nhân dân Phường Sơn Phong", version));
        var payload = (await admin.DataAsync(Update, Input("000.02.22.H47", "Tên cũ", version)))["updateUnit"]!;
        Assert.Null(payload["unit"]);
        var error = payload["errors"]![0]!;
        Assert.Equal("ConcurrencyConflictError", error["__typename"]!.GetValue<string>());
        Assert.Equal("CONCURRENCY_CONFLICT", error["code"]!.GetValue<string>());
        Assert.Equal(version + 1, error["currentVersion"]!.GetValue<int>());
        var name = (await admin.DataAsync("{ unit(code: \"000.02.22.H47\") { name } }"))["unit"]!["name"]!.GetValue<string>();
        Assert.Equal("Ủy ban nhân dân Phường Sơn Phong", name);
    }

    [Fact]
    public async Task Concurrent_updates_from_the_same_version_let_exactly_one_win()
    {
        var admin = await factory.ClientAsync("admin@onestop.local");
        var version = await VersionOf(admin, "000.03.22.H47");
        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            admin.DataAsync(Update, Input("000.03.22.H47", $"Ủy ban nhân dân Phường Cẩm Phô {i}", version))));
        var payloads = results.Select(r => r["updateUnit"]!).ToList();
        Assert.Single(payloads, p => p["unit"] is not null);
        Assert.All(payloads.Where(p => p["unit"] is null), p => Assert.Equal("CONCURRENCY_CONFLICT", p["errors"]![0]!["code"]!.GetValue<string>()));
        Assert.Equal(version + 1, await VersionOf(admin, "000.03.22.H47"));
    }

    [Theory]
    [InlineData("x", "name")]
    [InlineData("   ", "name")]
    public async Task Invalid_names_give_validation_errors(string name, string field)
    {
        var admin = await factory.ClientAsync("admin@onestop.local");
        var version = await VersionOf(admin, "000.04.22.H47");
        var error = (await admin.DataAsync(Update, Input("000.04.22.H47", name, version)))["updateUnit"]!["errors"]![0]!;
        Assert.Equal("ValidationError", error["__typename"]!.GetValue<string>());
        Assert.Equal(field, error["field"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(error["message"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Unknown_unit_gives_not_found()
    {
        var admin = await factory.ClientAsync("admin@onestop.local");
        var error = (await admin.DataAsync(Update, Input("999.99.99.H47", "Không có", 1)))["updateUnit"]!["errors"]![0]!;
        Assert.Equal("NOT_FOUND", error["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Messages_follow_accept_language()
    {
        var admin = await factory.ClientAsync("admin@onestop.local");
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        var error = (await admin.DataAsync(Update, Input("999.99.99.H47", "Không có", 1)))["updateUnit"]!["errors"]![0]!;
        Assert.EndsWith("was not found.", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("leader.tamky@onestop.local", "FORBIDDEN")]
    [InlineData("analyst@onestop.local", "FORBIDDEN")]
    [InlineData(null, "UNAUTHENTICATED")]
    public async Task Only_admins_may_update_units(string? email, string code)
    {
        var client = await factory.ClientAsync(email);
        var body = await client.GraphQLAsync(Update, Input("000.00.21.H47", "Tam Kỳ", 1));
        Assert.Equal(code, body.ErrorCode());
        Assert.Null(body["data"]);
    }

    [Fact]
    public async Task Nodes_resolves_several_ids_in_order_and_null_for_strangers()
    {
        var admin = await factory.ClientAsync("admin@onestop.local");
        var ids = (await admin.DataAsync("{ units(first: 3) { nodes { id code } } }"))["units"]!["nodes"]!.AsArray();
        var query = "query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Unit { code } } }";
        var list = new JsonArray(ids.Select(n => (JsonNode)JsonValue.Create(n!["id"]!.GetValue<string>())!).Append(JsonValue.Create("bm9wZTox")).ToArray());
        var data = await admin.DataAsync(query, new { ids = list });
        var nodes = data["nodes"]!.AsArray();
        Assert.Equal(4, nodes.Count);
        Assert.Equal(ids[2]!["code"]!.GetValue<string>(), nodes[2]!["code"]!.GetValue<string>());
        Assert.Null(nodes[3]);
    }
}
