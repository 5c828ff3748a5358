using System.Text.Encodings.Web;
using System.Text.Json;

namespace OneStop.Api.Infrastructure.Http;

/// <summary>
/// One active <c>subscribe</c> of a connection. Stopped by the client's <c>complete</c>, by disconnect or by shutdown;
/// stopping cancels its execution and disposes its stream subscription, and frames still queued for it are dropped.
/// </summary>
internal sealed class WebSocketOperation(string id) : IDisposable
{
    private readonly CancellationTokenSource _stop = new();

    public string Id { get; } = id;

    /// <summary>Cancelled when the operation is stopped from outside (not when it completes by itself).</summary>
    public CancellationToken Token => _stop.Token;

    public bool IsStopped => _stop.IsCancellationRequested;

    private byte[]? _nextPrefix;

    /// <summary>
    /// <c>{"type":"next","id":"…","payload":</c>, built once: a <c>next</c> around an already serialized payload is this,
    /// the payload and <c>}</c> (<see cref="WebSocketSender"/> composes it when sending).
    /// </summary>
    public byte[] NextPrefix => _nextPrefix ??= System.Text.Encoding.UTF8.GetBytes(
        "{\"type\":\"next\",\"id\":" + JsonSerializer.Serialize(Id, RelaxedJson) + ",\"payload\":");

    private static readonly JsonSerializerOptions RelaxedJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The execution, run off the read loop.</summary>
    public Task Running { get; set; } = Task.CompletedTask;

    public void Stop()
    {
        try
        {
            _stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Already finished and disposed.
        }
    }

    public void Dispose() => _stop.Dispose();
}
