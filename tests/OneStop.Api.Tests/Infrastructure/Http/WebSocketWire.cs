using System.IO.Pipelines;
using System.Net.WebSockets;
using System.Text;
using OneStop.Api.Infrastructure.Http;

namespace OneStop.Api.Tests.Infrastructure.Http;

/// <summary>
/// A connection in memory for real WebSockets: what the server's socket writes (each write counted) is what the client's
/// socket reads. Neither socket does the other direction here (the server receives nothing, the client sends nothing).
/// </summary>
internal sealed class WebSocketWire : Stream
{
    // Never pauses the writer: the tests read only after writing.
    private readonly Pipe _pipe = new(new PipeOptions(pauseWriterThreshold: 0));
    private readonly Lazy<Stream> _reader;

    public WebSocketWire() => _reader = new(() => _pipe.Reader.AsStream());

    public int Writes { get; private set; }

    /// <summary>A server socket writing through a <see cref="FrameBatchStream"/> onto a new wire, and the client socket reading it.</summary>
    public static (WebSocketWire Wire, FrameBatchStream Batches, WebSocket Server, WebSocket Client) Connect()
    {
        var wire = new WebSocketWire();
        var batches = new FrameBatchStream(wire);
        var server = WebSocket.CreateFromStream(batches, new WebSocketCreationOptions { IsServer = true, KeepAliveInterval = Timeout.InfiniteTimeSpan });
        var client = WebSocket.CreateFromStream(wire, new WebSocketCreationOptions { IsServer = false, KeepAliveInterval = Timeout.InfiniteTimeSpan });
        return (wire, batches, server, client);
    }

    /// <summary>The next whole text message the client reads.</summary>
    public static async Task<string> ReceiveTextAsync(WebSocket client)
    {
        var buffer = new byte[256 * 1024];
        var length = 0;
        ValueWebSocketReceiveResult result;
        do
        {
            result = await client.ReceiveAsync(buffer.AsMemory(length), CancellationToken.None);
            length += result.Count;
        }
        while (!result.EndOfMessage);
        return Encoding.UTF8.GetString(buffer, 0, length);
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken ct = default)
    {
        Writes++;
        await _pipe.Writer.WriteAsync(buffer, ct);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken ct) => WriteAsync(buffer.AsMemory(offset, count), ct).AsTask();

    public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer, offset, count, default).GetAwaiter().GetResult();

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default) => _reader.Value.ReadAsync(buffer, ct);

    public override int Read(byte[] buffer, int offset, int count) => _reader.Value.Read(buffer, offset, count);

    public override void Flush()
    {
    }

    public override bool CanRead => true;

    public override bool CanWrite => true;

    public override bool CanSeek => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
