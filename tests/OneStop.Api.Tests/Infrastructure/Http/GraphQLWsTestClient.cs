using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace OneStop.Api.Tests.Infrastructure.Http;

/// <summary>A raw graphql-transport-ws client over the test server, to drive the protocol message by message.</summary>
public sealed class GraphQLWsTestClient : IAsyncDisposable
{
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(10);

    private readonly WebSocket _socket;

    private GraphQLWsTestClient(WebSocket socket) => _socket = socket;

    public WebSocket Socket => _socket;

    public static async Task<GraphQLWsTestClient> ConnectAsync(OneStopApiFactory factory, string? subProtocol = "graphql-transport-ws",
        Action<HttpRequest>? configure = null)
    {
        var client = factory.Server.CreateWebSocketClient();
        if (subProtocol is not null) client.SubProtocols.Add(subProtocol);
        if (configure is not null) client.ConfigureRequest = configure;
        var socket = await client.ConnectAsync(new Uri(factory.Server.BaseAddress, "graphql"), CancellationToken.None);
        return new GraphQLWsTestClient(socket);
    }

    /// <summary>Connects, sends <c>connection_init</c> (with the user's token unless anonymous) and expects the ack.</summary>
    public static async Task<GraphQLWsTestClient> ConnectAndInitAsync(OneStopApiFactory factory, string? email)
    {
        var ws = await ConnectAsync(factory);
        object? payload = email is null ? null : new { Authorization = "Bearer " + await factory.TokenAsync(email) };
        await ws.SendAsync(new { type = "connection_init", payload });
        var ack = await ws.ReceiveAsync();
        Assert.Equal("connection_ack", ack?["type"]?.GetValue<string>());
        return ws;
    }

    public Task SendAsync(object message) => SendRawAsync(JsonSerializer.Serialize(message));

    public Task SendRawAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    public Task SubscribeAsync(string id, string query, object? variables = null) =>
        SendAsync(new { id, type = "subscribe", payload = new { query, variables } });

    /// <summary>The next message, or null when the server closed the socket (see the socket's <c>CloseStatus</c>).</summary>
    public async Task<JsonNode?> ReceiveAsync(TimeSpan? wait = null)
    {
        using var cts = new CancellationTokenSource(wait ?? DefaultWait);
        var buffer = new byte[64 * 1024];
        using var text = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(buffer, cts.Token);
            if (result.MessageType == WebSocketMessageType.Close) return null;
            text.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return JsonNode.Parse(text.ToArray());
    }

    /// <summary>Reads until the server closes and returns its close code (messages before it are ignored).</summary>
    public async Task<int?> ExpectCloseAsync()
    {
        while (await ReceiveAsync() is not null)
        {
        }
        return (int?)_socket.CloseStatus;
    }

    /// <summary>
    /// A barrier: sends a ping and returns the messages received before its pong. A pong overtakes queued frames, so
    /// call it only after giving the server time to queue what it would send.
    /// </summary>
    public async Task<List<JsonNode>> MessagesBeforePongAsync()
    {
        var marker = Guid.NewGuid().ToString("N");
        await SendAsync(new { type = "ping", payload = new { marker } });
        var seen = new List<JsonNode>();
        while (await ReceiveAsync() is { } message)
        {
            if (message["type"]?.GetValue<string>() == "pong" && message["payload"]?["marker"]?.GetValue<string>() == marker) return seen;
            seen.Add(message);
        }
        throw new InvalidOperationException($"Closed ({_socket.CloseStatus}) before the pong; received: {string.Join(", ", seen.Select(m => m.ToJsonString()))}");
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", cts.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                // Best effort: the test's assertions are already made.
            }
        }
        _socket.Dispose();
    }
}
