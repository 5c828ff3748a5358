using System.Net.WebSockets;

namespace OneStop.Api.Tests.Infrastructure.Http;

/// <summary>graphql-transport-ws connection rules and close codes (TECH.md §6), message by message.</summary>
public sealed class GraphQLWebSocketProtocolTests(LogCapturingFactory factory) : IClassFixture<LogCapturingFactory>
{
    private const string Admin = "admin@onestop.local";
    private const string UnitChanged = "subscription { unitChanged(code: \"000.00.21.H47\") { code name } }";

    [Fact]
    public async Task Handshake_negotiates_the_sub_protocol_and_init_is_acknowledged()
    {
        await using var ws = await GraphQLWsTestClient.ConnectAsync(factory);
        Assert.Equal("graphql-transport-ws", ws.Socket.SubProtocol);
        await ws.SendAsync(new { type = "connection_init", payload = new { Authorization = "Bearer " + await factory.TokenAsync(Admin) } });
        var ack = await ws.ReceiveAsync();
        Assert.Equal("connection_ack", ack?["type"]?.GetValue<string>());
    }

    [Theory]
    [InlineData("authorization")]
    [InlineData("token")]
    public async Task Init_accepts_the_other_payload_spellings(string key)
    {
        await using var ws = await GraphQLWsTestClient.ConnectAsync(factory);
        var token = await factory.TokenAsync(Admin);
        await ws.SendAsync(new { type = "connection_init", payload = new Dictionary<string, string> { [key] = key == "token" ? token : "Bearer " + token } });
        Assert.Equal("connection_ack", (await ws.ReceiveAsync())?["type"]?.GetValue<string>());
        // The token's user may use the Admin-only field: a subscribe is accepted (no error) and stays active.
        await ws.SubscribeAsync("1", UnitChanged);
        await Task.Delay(300);
        Assert.Empty(await ws.MessagesBeforePongAsync());
    }

    [Fact]
    public async Task Ping_is_answered_before_and_after_the_ack_echoing_the_payload()
    {
        await using var ws = await GraphQLWsTestClient.ConnectAsync(factory);
        await ws.SendAsync(new { type = "ping", payload = new { n = 1 } });
        var early = await ws.ReceiveAsync();
        Assert.Equal("""{"type":"pong","payload":{"n":1}}""", early!.ToJsonString());

        await ws.SendAsync(new { type = "connection_init" });
        Assert.Equal("connection_ack", (await ws.ReceiveAsync())?["type"]?.GetValue<string>());
        await ws.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (await ws.ReceiveAsync())?["type"]?.GetValue<string>());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"id":"1","payload":{}}""")]
    [InlineData("""{"type":"start","id":"1"}""")]
    [InlineData("""{"type":"next","id":"1","payload":{}}""")]
    public async Task An_invalid_message_closes_with_4400(string message)
    {
        await using var ws = await GraphQLWsTestClient.ConnectAsync(factory);
        await ws.SendRawAsync(message);
        Assert.Equal(4400, await ws.ExpectCloseAsync());
    }

    [Theory]
    [InlineData("""{"type":"subscribe","id":"","payload":{"query":"{ __typename }"}}""")]
    [InlineData("""{"type":"subscribe","payload":{"query":"{ __typename }"}}""")]
    [InlineData("""{"type":"complete","id":"   "}""")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"variables":{}}}""")]
    public async Task A_blank_id_or_a_subscribe_without_query_closes_with_4400(string message)
    {
        await using var ws = await GraphQLWsTestClient.ConnectAndInitAsync(factory, Admin);
        await ws.SendRawAsync(message);
        Assert.Equal(4400, await ws.ExpectCloseAsync());
    }

    [Fact]
    public async Task Subscribe_before_the_ack_closes_with_4401()
    {
        await using var ws = await GraphQLWsTestClient.ConnectAsync(factory);
        await ws.SubscribeAsync("1", "{ __typename }");
        Assert.Equal(4401, await ws.ExpectCloseAsync());
    }

    [Theory]
    [InlineData("Bearer not-a-token")]
    [InlineData("Basic YWRtaW46YWRtaW4=")]
    [InlineData("")]
    public async Task Init_with_a_bad_token_closes_with_4403(string authorization)
    {
        await using var ws = await GraphQLWsTestClient.ConnectAsync(factory);
        await ws.SendAsync(new { type = "connection_init", payload = new { Authorization = authorization } });
        Assert.Equal(4403, await ws.ExpectCloseAsync());
    }

    [Fact]
    public async Task Init_with_an_expired_token_closes_with_4403()
    {
        // Its own app: moving the clock past the token lifetime would expire the class fixture's cached tokens.
        using var app = new OneStopApiFactory();
        var token = await app.TokenAsync(Admin);
        app.Clock.Advance(TimeSpan.FromMinutes(61));
        await using var ws = await GraphQLWsTestClient.ConnectAsync(app);
        await ws.SendAsync(new { type = "connection_init", payload = new { Authorization = "Bearer " + token } });
        Assert.Equal(4403, await ws.ExpectCloseAsync());
    }

    [Fact]
    public async Task No_init_within_the_timeout_closes_with_4408()
    {
        await using var ws = await GraphQLWsTestClient.ConnectAsync(factory);
        // The pong proves the connection (and its init timer, started before the read loop) is running.
        Assert.Empty(await ws.MessagesBeforePongAsync());
        factory.Clock.Advance(TimeSpan.FromSeconds(9));
        Assert.Empty(await ws.MessagesBeforePongAsync());
        factory.Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(4408, await ws.ExpectCloseAsync());
    }

    [Fact]
    public async Task A_duplicate_active_id_closes_with_4409_and_a_completed_id_may_be_reused()
    {
        await using var ws = await GraphQLWsTestClient.ConnectAndInitAsync(factory, Admin);
        await ws.SubscribeAsync("q", "{ __typename }");
        Assert.Equal("next", (await ws.ReceiveAsync())?["type"]?.GetValue<string>());
        Assert.Equal("complete", (await ws.ReceiveAsync())?["type"]?.GetValue<string>());
        await ws.SubscribeAsync("q", UnitChanged); // reuse after completion is allowed
        await ws.SubscribeAsync("q", UnitChanged);
        Assert.Equal(4409, await ws.ExpectCloseAsync());
        Assert.Equal("Subscriber for q already exists", ws.Socket.CloseStatusDescription);
    }

    [Fact]
    public async Task A_second_init_closes_with_4429()
    {
        await using var ws = await GraphQLWsTestClient.ConnectAndInitAsync(factory, null);
        await ws.SendAsync(new { type = "connection_init" });
        Assert.Equal(4429, await ws.ExpectCloseAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("graphql-ws")]
    public async Task A_handshake_without_graphql_transport_ws_is_refused_with_400(string? subProtocol)
    {
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => GraphQLWsTestClient.ConnectAsync(factory, subProtocol));
        Assert.Contains("400", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_socket_closed_or_dropped_before_init_is_harmless()
    {
        var before = factory.Problems.Count;
        var probe = await GraphQLWsTestClient.ConnectAsync(factory);
        await probe.Socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, probe.Socket.CloseStatus);
        await probe.DisposeAsync();

        var dropped = await GraphQLWsTestClient.ConnectAsync(factory);
        dropped.Socket.Abort();
        await dropped.DisposeAsync();

        await using var next = await GraphQLWsTestClient.ConnectAndInitAsync(factory, null);
        Assert.Empty(await next.MessagesBeforePongAsync());
        // TestServer lacks IHttpMaxRequestBodySizeFeature, so routing warns on every upgrade; anything else counts.
        var problems = factory.Problems.Skip(before).Where(p => !p.Contains("IHttpMaxRequestBodySizeFeature", StringComparison.Ordinal)).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
