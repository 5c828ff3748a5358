using System.Buffers;
using System.Buffers.Binary;

namespace OneStop.Api.Infrastructure.Http;

/// <summary>
/// The upgraded connection's stream as the server's WebSocket sees it, able to gather frames: between
/// <see cref="BeginBatch"/> and <see cref="EndBatchAsync"/> the WebSocket's writes (whole frames: it serializes its own
/// sends) are copied into one pooled buffer and reach the connection as one write and flush, so a subscriber receiving 100
/// events in a burst costs one write and one socket send instead of 100 (<see cref="WebSocketSender"/> opens a batch for
/// what it has queued). A frame that does not fit writes out what was gathered, then itself. Outside a batch — keep-alive
/// pongs, the close frame — writes go straight through. Writes to the connection never overlap and keep their order.
/// </summary>
internal sealed class FrameBatchStream(Stream inner) : Stream
{
    /// <summary>Bytes gathered at most before they are written out (a pooled buffer of this size serves one batch).</summary>
    public const int BatchBytes = 64 * 1024;

    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _writing = new(1, 1);
    private byte[]? _batch;
    private int _length;

    /// <summary>From now on writes are gathered until <see cref="EndBatchAsync"/>.</summary>
    public void BeginBatch()
    {
        lock (_gate) _batch ??= ArrayPool<byte>.Shared.Rent(BatchBytes);
    }

    /// <summary>Writes what the batch gathered as one write (and flush), and ends the batch.</summary>
    public async ValueTask EndBatchAsync(CancellationToken ct)
    {
        byte[]? batch;
        lock (_gate) (batch, _batch) = (_batch, null);
        if (batch is null) return;
        try
        {
            await WriteThroughAsync(batch, ReadOnlyMemory<byte>.Empty, ct);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(batch);
        }
    }

    /// <summary>
    /// Appends one whole text message to the open batch as an unmasked frame with FIN set (RFC 6455 §5.2: the server's
    /// frames), its payload <paramref name="prefix"/> + <paramref name="payload"/> + <paramref name="suffix"/>, without going
    /// through the WebSocket object. The caller is the connection's only data writer and sends whole messages only, so the
    /// WebSocket's own frames (pongs, close) interleave at frame boundaries as they would anyway. False when no batch is open
    /// or the frame does not fit: send it through the WebSocket then.
    /// </summary>
    public bool TryAppendTextFrame(ReadOnlySpan<byte> prefix, ReadOnlySpan<byte> payload, byte suffix)
    {
        var length = prefix.Length + payload.Length + 1;
        var header = length < 126 ? 2 : length <= ushort.MaxValue ? 4 : 10;
        lock (_gate)
        {
            if (_batch is not { } batch || _length + header + length > batch.Length) return false;
            var frame = batch.AsSpan(_length, header + length);
            frame[0] = 0x81; // FIN, text
            if (header == 2) frame[1] = (byte)length;
            else if (header == 4)
            {
                frame[1] = 126;
                BinaryPrimitives.WriteUInt16BigEndian(frame[2..], (ushort)length);
            }
            else
            {
                frame[1] = 127;
                BinaryPrimitives.WriteUInt64BigEndian(frame[2..], (ulong)length);
            }
            prefix.CopyTo(frame[header..]);
            payload.CopyTo(frame[(header + prefix.Length)..]);
            frame[^1] = suffix;
            _length += frame.Length;
            return true;
        }
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken ct = default)
    {
        lock (_gate)
        {
            if (_batch is { } batch && _length + buffer.Length <= batch.Length)
            {
                buffer.Span.CopyTo(batch.AsSpan(_length));
                _length += buffer.Length;
                return ValueTask.CompletedTask;
            }
            return WriteThroughAsync(_batch, buffer, ct);
        }
    }

    /// <summary>Writes what <paramref name="batch"/> gathered (if any), then <paramref name="buffer"/>, one writer at a time.</summary>
    private async ValueTask WriteThroughAsync(byte[]? batch, ReadOnlyMemory<byte> buffer, CancellationToken ct)
    {
        await _writing.WaitAsync(ct);
        try
        {
            if (batch is not null)
            {
                int gathered;
                lock (_gate) (gathered, _length) = (_length, 0);
                if (gathered > 0) await inner.WriteAsync(batch.AsMemory(0, gathered), ct);
            }
            if (!buffer.IsEmpty) await inner.WriteAsync(buffer, ct);
        }
        finally
        {
            _writing.Release();
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken ct) =>
        WriteAsync(buffer.AsMemory(offset, count), ct).AsTask();

    public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override async Task FlushAsync(CancellationToken ct) => await WriteThroughAsync(null, ReadOnlyMemory<byte>.Empty, ct);

    public override void Flush() => FlushAsync().GetAwaiter().GetResult();

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default) => inner.ReadAsync(buffer, ct);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken ct) => inner.ReadAsync(buffer, offset, count, ct);

    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

    public override bool CanRead => inner.CanRead;

    public override bool CanWrite => inner.CanWrite;

    public override bool CanSeek => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
            _writing.Dispose();
        }
        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await inner.DisposeAsync();
        _writing.Dispose();
        await base.DisposeAsync();
    }
}
