using System.Net.WebSockets;
using System.Threading.Channels;

namespace OneStop.Api.Infrastructure.Http;

/// <summary>One serialized outgoing message; frames of an operation the client stopped are dropped.</summary>
internal readonly record struct OutgoingFrame(byte[] Utf8Json, WebSocketOperation? Operation);

/// <summary>
/// The single writer of a connection: <see cref="WebSocket.SendAsync(ReadOnlyMemory{byte}, WebSocketMessageType, bool, CancellationToken)"/>
/// allows one send at a time (TECH.md §6.3), so every frame goes through a bounded queue drained by one loop.
/// Pongs have their own small queue that the loop empties first, so a busy subscription cannot starve keep-alive.
/// </summary>
internal sealed class WebSocketSender(WebSocket socket, ILogger logger) : IDisposable
{
    /// <summary>Frames waiting for a slow client before the connection is given up (closed with 1013).</summary>
    public const int Capacity = 256;

    private readonly Channel<OutgoingFrame> _frames = Channel.CreateBounded<OutgoingFrame>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    // The read loop awaits room here, so a client flooding pings is slowed down instead of buffered.
    private readonly Channel<OutgoingFrame> _pongs = Channel.CreateBounded<OutgoingFrame>(
        new BoundedChannelOptions(16) { SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });

    // Guards the socket's send side: the drain loop's sends and the one close frame never overlap.
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private volatile bool _closed;

    /// <summary>Queues a frame; false when the queue is full (the client does not keep up) or the sender is closed.</summary>
    public bool TryEnqueue(OutgoingFrame frame) => !_closed && _frames.Writer.TryWrite(frame);

    /// <summary>Queues a pong ahead of other frames.</summary>
    public ValueTask EnqueuePongAsync(OutgoingFrame frame, CancellationToken ct) =>
        _closed ? ValueTask.CompletedTask : _pongs.Writer.WriteAsync(frame, ct);

    /// <summary>No more frames will be queued; <see cref="RunAsync"/> ends when the queues are empty.</summary>
    public void Complete()
    {
        _frames.Writer.TryComplete();
        _pongs.Writer.TryComplete();
    }

    /// <summary>The drain loop. Ends when both queues are completed and empty, on cancellation, or when the socket fails.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        Task<bool>? pongReady = null, frameReady = null;
        bool pongsOpen = true, framesOpen = true;
        try
        {
            while (pongsOpen || framesOpen)
            {
                while (_pongs.Reader.TryRead(out var frame) || _frames.Reader.TryRead(out frame))
                {
                    if (_closed) return;
                    if (frame.Operation?.IsStopped == true) continue;
                    await SendAsync(frame.Utf8Json, ct);
                }
                // Keep one pending wait per queue across iterations; a new wait each time would pile up waiters.
                if (pongsOpen) pongReady ??= _pongs.Reader.WaitToReadAsync(ct).AsTask();
                if (framesOpen) frameReady ??= _frames.Reader.WaitToReadAsync(ct).AsTask();
                if (pongReady is null) await frameReady!;
                else if (frameReady is null) await pongReady;
                else await Task.WhenAny(pongReady, frameReady);
                if (pongReady is { IsCompleted: true })
                {
                    pongsOpen = await pongReady;
                    pongReady = null;
                }
                if (frameReady is { IsCompleted: true })
                {
                    framesOpen = await frameReady;
                    frameReady = null;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Connection torn down.
        }
        catch (Exception e) when (e is WebSocketException or IOException or ObjectDisposedException)
        {
            // The client vanished mid-send; the read loop sees the same and ends the connection.
            logger.LogDebug(e, "WebSocket send failed");
        }
    }

    /// <summary>
    /// Sends the close frame (once) after any send in flight; frames still queued are dropped, as the protocol's
    /// "close at once" asks. Bounded by <paramref name="ct"/> so a stalled client cannot hold shutdown.
    /// </summary>
    public async Task CloseAsync(int code, string reason, CancellationToken ct)
    {
        _closed = true;
        Complete();
        try
        {
            await _sendLock.WaitAsync(ct);
            try
            {
                if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                    await socket.CloseOutputAsync((WebSocketCloseStatus)code, Truncate(reason), ct);
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception e) when (e is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            logger.LogDebug(e, "WebSocket close frame not sent");
            socket.Abort();
        }
    }

    private async Task SendAsync(byte[] utf8Json, CancellationToken ct)
    {
        await _sendLock.WaitAsync(ct);
        try
        {
            if (!_closed && socket.State == WebSocketState.Open)
                await socket.SendAsync(utf8Json, WebSocketMessageType.Text, endOfMessage: true, ct);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>RFC 6455 limits a close reason to 123 UTF-8 bytes.</summary>
    private static string Truncate(string reason)
    {
        while (System.Text.Encoding.UTF8.GetByteCount(reason) > 123) reason = reason[..^1];
        return reason;
    }

    public void Dispose() => _sendLock.Dispose();
}
