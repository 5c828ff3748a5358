using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OneStop.Api.Tests.Infrastructure.Http;

/// <summary>Operations over graphql-transport-ws: subscription events, complete, queries, errors and authorization.</summary>
public sealed class GraphQLWebSocketOperationTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    private const string Admin = "admin@onestop.local";
    private const string UnitChanged = "subscription($code: String!) { unitChanged(code: $code) { code name } }";

    // There is no subscribe acknowledgement in the protocol: give the server time to attach to the event source (TECH.md §3.2).
    private static Task SubscriptionAttachedAsync() => Task.Delay(300);

    private static string? Type(JsonNode? message) => message?["type"]?.GetValue<string>();

    [Fact]
    public async Task UnitChanged_delivers_a_next_for_each_updateUnit()
    {
        await using var ws = await GraphQLWsTestClient.ConnectAndInitAsync(factory, Admin);
        await ws.SubscribeAsync("s1", UnitChanged, new { code = UnitUpdates.TamKy });
        await SubscriptionAttachedAsync();
        using var http = await factory.ClientAsync(Admin);

        foreach (var name in new[] { "Ủy ban nhân dân thành phố Tam Kỳ (1)", "Ủy ban nhân dân thành phố Tam Kỳ (2)" })
        {
            await UnitUpdates.RenameAsync(http, UnitUpdates.TamKy, name);
            var next = await ws.ReceiveAsync();
            Assert.Equal("next", Type(next));
            Assert.Equal("s1", next!["id"]!.GetValue<string>());
            var unit = next["payload"]!["data"]!["unitChanged"]!;
            Assert.Equal((UnitUpdates.TamKy, name), (unit["code"]!.GetValue<string>(), unit["name"]!.GetValue<string>()));
        }
    }

    [Fact]
    public async Task Complete_from_the_client_stops_the_events()
    {
        await using var ws = await GraphQLWsTestClient.ConnectAndInitAsync(factory, Admin);
        await ws.SubscribeAsync("s1", UnitChanged, new { code = UnitUpdates.TamKy });
        await SubscriptionAttachedAsync();
        await ws.SendAsync(new { type = "complete", id = "s1" });
        using var http = await factory.ClientAsync(Admin);
        await UnitUpdates.RenameAsync(http, UnitUpdates.TamKy, "Ủy ban nhân dân thành phố Tam Kỳ (sau complete)");
        await Task.Delay(500);
        Assert.Empty(await ws.MessagesBeforePongAsync());

        // The id is free again, and the new subscription does get events.
        await ws.SubscribeAsync("s1", UnitChanged, new { code = UnitUpdates.TamKy });
        await SubscriptionAttachedAsync();
        await UnitUpdates.RenameAsync(http, UnitUpdates.TamKy, "Ủy ban nhân dân thành phố Tam Kỳ");
        Assert.Equal("next", Type(await ws.ReceiveAsync()));
    }

    [Fact]
    public async Task A_query_over_websocket_gives_one_next_then_complete()
    {
        await using var ws = await GraphQLWsTestClient.ConnectAndInitAsync(factory, Admin);
        await ws.SubscribeAsync("q1", "query($code: String!) { unit(code: $code) { code } }", new { code = UnitUpdates.NamTraMy });
        var next = await ws.ReceiveAsync();
        Assert.Equal("""{"type":"next","id":"q1","payload":{"data":{"unit":{"code":"000.00.32.H47"}}}}""", next!.ToJsonString());
        Assert.Equal("""{"type":"complete","id":"q1"}""", (await ws.ReceiveAsync())!.ToJsonString());
    }

    [Fact]
    public async Task A_validation_error_gives_error_and_no_complete()
    {
        await using var ws = await GraphQLWsTestClient.ConnectAndInitAsync(factory, Admin);
        await ws.SubscribeAsync("v1", "{ noSuchField }");
        var error = await ws.ReceiveAsync();
        Assert.Equal("error", Type(error));
        Assert.Equal("v1", error!["id"]!.GetValue<string>());
        var errors = error["payload"]!.AsArray();
        Assert.Single(errors);
        Assert.Contains("noSuchField", errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        await Task.Delay(200);
        Assert.Empty(await ws.MessagesBeforePongAsync());
    }

    [Fact]
    public async Task An_anonymous_subscribe_to_the_protected_field_gives_error_UNAUTHENTICATED()
    {
        await using var ws = await GraphQLWsTestClient.ConnectAndInitAsync(factory, null);
        await ws.SubscribeAsync("a1", UnitChanged, new { code = UnitUpdates.TamKy });
        var error = await ws.ReceiveAsync();
        Assert.Equal("error", Type(error));
        Assert.Equal("UNAUTHENTICATED", error!["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_Tam_Ky_officer_subscribing_to_a_Nam_Tra_My_unit_gets_NOT_FOUND()
    {
        await using var ws = await GraphQLWsTestClient.ConnectAndInitAsync(factory, "specialist.tamky@onestop.local");
        await ws.SubscribeAsync("n1", UnitChanged, new { code = UnitUpdates.NamTraMy });
        // The stream could not be created, but the operation was executed: a `next` carrying the error, then
        // `complete` (as the graphql-ws reference server does with graphql-js subscribe()).
        var next = await ws.ReceiveAsync();
        Assert.Equal("next", Type(next));
        Assert.Equal("NOT_FOUND", next!["payload"]!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("complete", Type(await ws.ReceiveAsync()));

        // Its own district is fine.
        await ws.SubscribeAsync("n2", UnitChanged, new { code = UnitUpdates.TamKy });
        await Task.Delay(300);
        Assert.Empty(await ws.MessagesBeforePongAsync());
    }

    [Theory]
    [InlineData("http://localhost", "next")]
    [InlineData(null, "next")]
    [InlineData("https://evil.example", "error")]
    public async Task A_cookie_session_counts_only_for_a_same_origin_handshake(string? origin, string expected)
    {
        using var http = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        using var login = await http.PostAsJsonAsync("/auth/login?useCookies=true", new { email = Admin, password = "OneStop@2020" });
        login.EnsureSuccessStatusCode();
        var cookie = string.Join("; ", login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

        await using var ws = await GraphQLWsTestClient.ConnectAsync(factory, configure: r =>
        {
            r.Headers.Cookie = cookie;
            if (origin is not null) r.Headers.Origin = origin;
        });
        await ws.SendAsync(new { type = "connection_init" });
        Assert.Equal("connection_ack", Type(await ws.ReceiveAsync()));
        // A cross-site page must not ride on the user's cookie (cross-site WebSocket hijacking): it stays anonymous.
        await ws.SubscribeAsync("c1", "{ unit(code: \"000.00.21.H47\") { code } }");
        Assert.Equal(expected, Type(await ws.ReceiveAsync()));
    }
}
