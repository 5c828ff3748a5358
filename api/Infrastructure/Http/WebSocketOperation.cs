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
