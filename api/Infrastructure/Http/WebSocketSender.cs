using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Threading.Channels;
using OneStop.Api.Infrastructure.Events;

namespace OneStop.Api.Infrastructure.Http;

/// <summary>
/// One outgoing message: a serialized frame, or a <c>next</c> around a payload shared by the subscribers of a delivery
/// class (composed when sent, so a subscriber's copy of a shared event costs no allocation). Frames of an operation the
/// client stopped are dropped.
/// </summary>
internal readonly record struct OutgoingFrame(byte[] Utf8Json, WebSocketOperation? Operation, bool SharedPayload = false)
{
    /// <summary>A <c>next</c> of <paramref name="operation"/> around <paramref name="payload"/> (UTF-8 JSON of a result).</summary>
    public static OutgoingFrame Next(WebSocketOperation operation, byte[] payload) => new(payload, operation, SharedPayload: true);
}

/// <summary>
/// The single writer of a connection: <see cref="WebSocket.SendAsync(ReadOnlyMemory{byte}, WebSocketMessageType, bool, CancellationToken)"/>
/// allows one send at a time (TECH.md §6.3), so every frame goes through a bounded queue drained by one loop.
/// Pongs have their own small queue that the loop empties first, so a busy subscription cannot starve keep-alive.
/// Whatever is queued when the loop wakes is sent as one batch: with a <see cref="FrameBatchStream"/> under the socket
/// the batch reaches the connection as one write (a burst of events is one write per subscriber, not one per event).
/// </summary>
internal sealed class WebSocketSender(WebSocket socket, FrameBatchStream? batches, ILogger logger, DeliveryProbe? probe = null) : IBatchedSignal, IDisposable
{
    /// <summary>
    /// Frames waiting for a slow client before the connection is given up (closed with 1013). A frame of a shared event
    /// holds only a reference to the class's payload, so a full queue is about 100 KB; it takes a whole scan's burst (a
    /// catch-up scan after a start raises up to about 1,500 alerts at once) without closing a client that reads.
    /// </summary>
    public const int Capacity = 4096;

    // Lock-free: a burst puts a frame here for every subscriber of every event (100,000 for 1,000 subscribers and 100
    // alerts), so enqueueing is a queue append and a counter, not a channel's lock. The count bounds it at Capacity.
    private readonly ConcurrentQueue<OutgoingFrame> _frames = new();
    private int _queued;
    private int _taken; // by the drain loop only
    private int _nextsInBatch; // by the drain loop only: `next` frames in the batch being gathered, for the probe

    // The read loop awaits room here, so a client flooding pings is slowed down instead of buffered.
    private readonly Channel<OutgoingFrame> _pongs = Channel.CreateBounded<OutgoingFrame>(
        new BoundedChannelOptions(16) { SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });

    // Wakes the loop: one pending signal is enough, it drains both queues each time. _wakePending is set by the first
    // frame queued after the loop started draining, so a burst signals the loop once, not once per frame.
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { SingleReader = true, FullMode = BoundedChannelFullMode.DropWrite });
    private int _wakePending;

    // Guards the socket's send side: the drain loop's sends and the one close frame never overlap.
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    // Where a shared payload's `next` is composed: reused, so composing allocates nothing.
    private byte[] _compose = new byte[1024];
    private volatile bool _closed;
    private volatile bool _completed;

    /// <summary>Queues a frame; false when the queue is full (the client does not keep up) or the sender is closed.</summary>
    public bool TryEnqueue(OutgoingFrame frame)
    {
        if (_closed || _completed) return false;
        if (Interlocked.Increment(ref _queued) > Capacity)
        {
            Interlocked.Decrement(ref _queued);
            return false;
        }
        _frames.Enqueue(frame);
        // The queue append comes first: the loop clears the flag before it drains, so it either sees this frame in the
        // drain under way or is woken again here.
        // Within a burst being handed on (SignalBatch), the wake waits for the burst's end: one write per burst.
        if (Interlocked.Exchange(ref _wakePending, 1) == 0 && !SignalBatch.TryDefer(this)) Signal();
        return true;
    }

    /// <summary>Wakes the drain loop.</summary>
    public void Signal() => _wake.Writer.TryWrite(true);

    /// <summary>Queues a pong ahead of other frames.</summary>
    public async ValueTask EnqueuePongAsync(OutgoingFrame frame, CancellationToken ct)
    {
        if (_closed) return;
        await _pongs.Writer.WriteAsync(frame, ct);
        _wake.Writer.TryWrite(true);
    }

    /// <summary>No more frames will be queued; <see cref="RunAsync"/> ends when the queues are empty.</summary>
    public void Complete()
    {
        _completed = true;
        _pongs.Writer.TryComplete();
        _wake.Writer.TryWrite(true);
    }

    /// <summary>The drain loop. Ends when the sender is completed and the queues are empty, on cancellation, or when the socket fails.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        try
        {
            while (true)
            {
                Interlocked.Exchange(ref _wakePending, 0);
                if (!await SendQueuedAsync(ct)) return;
                if (_completed && !_pongs.Reader.TryPeek(out _) && _frames.IsEmpty) return;
                await _wake.Reader.ReadAsync(ct);
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

    /// <summary>Sends every queued frame (pongs first) as one batch; false once the sender is closed.</summary>
    private async Task<bool> SendQueuedAsync(CancellationToken ct)
    {
        if (!_pongs.Reader.TryPeek(out _) && _frames.IsEmpty) return !_closed;
        await _sendLock.WaitAsync(ct);
        try
        {
            batches?.BeginBatch();
            while (_pongs.Reader.TryRead(out var frame) || TryTake(out frame))
            {
                if (_closed) return false;
                if (frame.Operation?.IsStopped == true || socket.State != WebSocketState.Open) continue;
                // A shared event's `next` goes straight into the batch as a frame: no copy per subscriber and no WebSocket call.
                if (frame.SharedPayload) _nextsInBatch++;
                if (frame.SharedPayload && batches is not null && await TryAppendNextAsync(batches, frame, ct)) continue;
                var message = frame.SharedPayload ? Compose(frame.Operation!.NextPrefix, frame.Utf8Json) : frame.Utf8Json;
                // Into a batch the write is a copy in memory: not cancellable, so the socket takes its synchronous path.
                await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, batches is null ? ct : CancellationToken.None);
            }
            return true;
        }
        finally
        {
            // Also when the loop ends early: what was gathered is written (the close frame, if any, follows it).
            if (batches is not null) await batches.EndBatchAsync(ct);
            Written();
            GiveBackRoom();
            _sendLock.Release();
        }
    }

    /// <summary>Tells the probe (benchmark only) how many <c>next</c> frames the batch just written held.</summary>
    private void Written()
    {
        probe?.Written(_nextsInBatch);
        _nextsInBatch = 0;
    }

    /// <summary>The next queued frame; its room is given back when the batch holding it is written (<see cref="GiveBackRoom"/>).</summary>
    private bool TryTake(out OutgoingFrame frame)
    {
        if (!_frames.TryDequeue(out frame)) return false;
        _taken++;
        return true;
    }

    /// <summary>
    /// The room of the frames taken so far, given back once per written batch rather than per frame, so the drain loop
    /// and the fan-out (on another core) do not both write the counter for every frame. A long drain to a slow reader
    /// still frees room batch by batch.
    /// </summary>
    private void GiveBackRoom()
    {
        if (_taken == 0) return;
        Interlocked.Add(ref _queued, -_taken);
        _taken = 0;
    }

    /// <summary>The <c>next</c> of a shared payload appended to the batch; when the batch is full it is written out first, once.</summary>
    private async ValueTask<bool> TryAppendNextAsync(FrameBatchStream batches, OutgoingFrame frame, CancellationToken ct)
    {
        var prefix = frame.Operation!.NextPrefix;
        if (batches.TryAppendTextFrame(prefix, frame.Utf8Json, (byte)'}')) return true;
        _nextsInBatch--; // this frame goes into the next batch
        await batches.EndBatchAsync(ct);
        Written();
        _nextsInBatch = 1;
        GiveBackRoom();
        batches.BeginBatch();
        return batches.TryAppendTextFrame(prefix, frame.Utf8Json, (byte)'}');
    }

    /// <summary><c>prefix + payload + "}"</c> in the reused buffer (valid until the next call).</summary>
    private ReadOnlyMemory<byte> Compose(byte[] prefix, byte[] payload)
    {
        var length = prefix.Length + payload.Length + 1;
        if (_compose.Length < length) _compose = new byte[Math.Max(length, _compose.Length * 2)];
        prefix.CopyTo(_compose, 0);
        payload.CopyTo(_compose, prefix.Length);
        _compose[length - 1] = (byte)'}';
        return _compose.AsMemory(0, length);
    }

    /// <summary>RFC 6455 limits a close reason to 123 UTF-8 bytes.</summary>
    private static string Truncate(string reason)
    {
        while (System.Text.Encoding.UTF8.GetByteCount(reason) > 123) reason = reason[..^1];
        return reason;
    }

    public void Dispose() => _sendLock.Dispose();
}
