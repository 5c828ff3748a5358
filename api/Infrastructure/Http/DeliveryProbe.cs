using System.Collections.Concurrent;

namespace OneStop.Api.Infrastructure.Http;

/// <summary>
/// When each subscription event left this instance: every batch a WebSocket connection wrote (the write to the socket
/// completed) with how many <c>next</c> frames it held. Registered only for the benchmark (<c>Bench:DeadlineScan=true</c>),
/// which reads and clears it through <c>GET /bench/deliveries</c> after a burst, to tell the server's share of the
/// delivery latency (publish → frames handed to the kernel) from the subscribers' (reading and parsing them). Without it a
/// connection records nothing.
/// </summary>
public sealed class DeliveryProbe(TimeProvider clock)
{
    private ConcurrentQueue<WrittenBatch> _written = new();

    /// <summary>A batch of <paramref name="nextFrames"/> <c>next</c> frames was written now.</summary>
    public void Written(int nextFrames)
    {
        if (nextFrames > 0) _written.Enqueue(new WrittenBatch(clock.GetUtcNow(), nextFrames));
    }

    /// <summary>The batches written since the last call, oldest first.</summary>
    public IReadOnlyList<WrittenBatch> Take() => [.. Interlocked.Exchange(ref _written, new ConcurrentQueue<WrittenBatch>())];
}

public readonly record struct WrittenBatch(DateTimeOffset At, int NextFrames);
