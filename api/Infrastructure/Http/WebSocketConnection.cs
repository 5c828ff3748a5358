using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Claims;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Primitives;

namespace OneStop.Api.Infrastructure.Http;

/// <summary>
/// One accepted graphql-transport-ws connection: the read loop, the connection state (init, ack, user), the active
/// operations and the close rules. Message handling is in <c>WebSocketConnection.Messages.cs</c>, operation execution
/// in <c>WebSocketConnection.Execution.cs</c>, sending in <see cref="WebSocketSender"/>.
/// </summary>
internal sealed partial class WebSocketConnection : IDisposable
{
    private readonly WebSocket _socket;
    private readonly IServiceProvider _services;
    private readonly IServiceScopeFactory _scopeFactory;
    private readonly IGraphQLTextSerializer _serializer;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly WebSocketSender _sender;
    private readonly ClaimsPrincipal? _handshakeUser;
    private readonly StringValues _acceptLanguage;
    private readonly TimeSpan _initTimeout;
    private readonly ConcurrentDictionary<string, WebSocketOperation> _operations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<WebSocketOperation, byte> _running = new();
    private readonly CancellationTokenSource _lifetime = new();

    private int _initReceived;
    private volatile bool _acknowledged;
    private ClaimsPrincipal? _user;
    private int _closeStarted;

    public WebSocketConnection(WebSocket socket, FrameBatchStream? batches, IServiceProvider services, ClaimsPrincipal? handshakeUser, StringValues acceptLanguage, TimeSpan initTimeout)
    {
        _socket = socket;
        _services = services;
        _scopeFactory = services.GetRequiredService<IServiceScopeFactory>();
        _serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        _time = services.GetRequiredService<TimeProvider>();
        _logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("OneStop.GraphQL.WebSocket");
        _sender = new WebSocketSender(socket, batches, _logger, services.GetService<DeliveryProbe>());
        _handshakeUser = handshakeUser;
        _acceptLanguage = acceptLanguage;
        _initTimeout = initTimeout;
    }

    /// <summary>Runs the connection until the socket closes; <paramref name="stopping"/> closes it with 1001.</summary>
    public async Task RunAsync(CancellationToken stopping)
    {
        var drain = _sender.RunAsync(_lifetime.Token);
        // The injected clock, so tests can move past the init timeout with FakeTimeProvider (protocol: close 4408).
        using var initTimer = _time.CreateTimer(_ => OnInitTimeout(), null, _initTimeout, Timeout.InfiniteTimeSpan);
        using var onStopping = stopping.Register(() => _ = CloseAsync(CloseCodes.GoingAway, "Server shutting down"));
        try
        {
            await ReadLoopAsync();
        }
        catch (Exception e) when (e is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            // A client that drops the TCP connection (Banana Cake Pop's probe among them) is normal, not an error.
            _logger.LogDebug(e, "WebSocket connection ended without a close handshake");
        }
        catch (Exception e)
        {
            _logger.LogError(e, "WebSocket connection failed");
            await CloseAsync(CloseCodes.InternalServerError, "Internal server error");
        }
        finally
        {
            StopAllOperations();
            if (Interlocked.Exchange(ref _closeStarted, 1) == 0 && _socket.State == WebSocketState.CloseReceived)
            {
                // The client closed first: finish the close handshake, echoing its code (RFC 6455 §5.5.1).
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await _sender.CloseAsync((int)(_socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure), "", timeout.Token);
            }
            _sender.Complete();
            await _lifetime.CancelAsync();
            await drain;
            await WaitForOperationsAsync();
        }
    }

    private async Task ReadLoopAsync()
    {
        var message = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            message.ResetWrittenCount();
            ValueWebSocketReceiveResult received;
            do
            {
                // No token: cancelling a receive aborts the socket; shutdown goes through the close handshake instead.
                received = await _socket.ReceiveAsync(message.GetMemory(4096), CancellationToken.None);
                message.Advance(received.Count);
                if (message.WrittenCount > GraphQLWebSocketEndpoint.MaxMessageBytes)
                {
                    await CloseAsync(CloseCodes.MessageTooBig, "Message too big");
                    break;
                }
            }
            while (!received.EndOfMessage && received.MessageType != WebSocketMessageType.Close);

            if (received.MessageType == WebSocketMessageType.Close) return;
            if (Volatile.Read(ref _closeStarted) == 1) continue; // closing: wait for the client's close frame
            if (received.MessageType == WebSocketMessageType.Binary)
            {
                await CloseAsync(CloseCodes.BadRequest, "Binary messages are not supported");
                continue;
            }
            await HandleMessageAsync(message.WrittenMemory);
        }
    }

    private void OnInitTimeout()
    {
        if (Volatile.Read(ref _initReceived) == 0) _ = CloseAsync(CloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
    }

    /// <summary>
    /// Closes the connection with a protocol code (once): stops every operation, drops queued frames, sends the close
    /// frame, and aborts the socket if the client has not answered with its own close frame within 5 seconds.
    /// </summary>
    private async Task CloseAsync(int code, string reason)
    {
        if (Interlocked.Exchange(ref _closeStarted, 1) == 1) return;
        if (code is CloseCodes.InternalServerError or CloseCodes.TryAgainLater)
            _logger.LogWarning("Closing WebSocket connection: {Code} {Reason}", code, reason);
        else
            _logger.LogDebug("Closing WebSocket connection: {Code} {Reason}", code, reason);
        StopAllOperations();
        // Safety nets use real time: they bound a misbehaving peer, they are not protocol timers.
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
            await _sender.CloseAsync(code, reason, timeout.Token);
        _ = AbortIfStillOpenAsync();
    }

    private async Task AbortIfStillOpenAsync()
    {
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(5), _lifetime.Token);
            _socket.Abort();
        }
        catch (OperationCanceledException)
        {
            // The connection ended normally.
        }
        catch (ObjectDisposedException)
        {
            // Disposed meanwhile.
        }
    }

    private void StopAllOperations()
    {
        foreach (var id in _operations.Keys)
            if (_operations.TryRemove(id, out var op)) op.Stop();
    }

    private async Task WaitForOperationsAsync()
    {
        var tasks = _running.Keys.Select(o => o.Running).ToArray();
        try
        {
            await Task.WhenAll(tasks).WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            _logger.LogWarning("{Count} WebSocket operations did not stop within 10 s", tasks.Count(t => !t.IsCompleted));
        }
    }

    /// <summary>Serializes a protocol message with the app's GraphQL serializer (results, errors and masking included).</summary>
    private OutgoingFrame Frame(string type, string? id = null, object? payload = null, WebSocketOperation? operation = null) =>
        new(System.Text.Encoding.UTF8.GetBytes(_serializer.Serialize(new OperationMessage { Type = type, Id = id, Payload = payload })), operation);

    /// <summary>Queues a frame; a full queue means the client cannot keep up, so it is closed and may retry (1013).</summary>
    private void Send(OutgoingFrame frame)
    {
        if (!_sender.TryEnqueue(frame) && Volatile.Read(ref _closeStarted) == 0)
            _ = CloseAsync(CloseCodes.TryAgainLater, "Send queue overflow");
    }

    public void Dispose()
    {
        _sender.Dispose();
        _lifetime.Dispose();
        foreach (var op in _running.Keys) op.Dispose();
    }
}
