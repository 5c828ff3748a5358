using System.Collections.Concurrent;

namespace OneStop.Api.Infrastructure.Http;

/// <summary>
/// When each subscription event left this instance: every batch a WebSocket connection wrote (the write to the socket
/// completed) with how many <c>next</c> frames it held. Registered only for the benchmark (<c>Bench:DeadlineScan=true</c>),
/// which reads and clears it through <c>GET /bench/deliveries</c> after a burst, to tell the server's share of the
/// delivery latency (publish → frames handed to the kernel) from the subscribers' (reading and parsing them), with the
/// garbage collections of this process meanwhile. Without it a connection records nothing.
/// </summary>
public sealed class DeliveryProbe(TimeProvider clock)
{
    private readonly ConcurrentQueue<WrittenBatch> _written = new();
    private int[] _collections = Collections();
    private TimeSpan _paused = GC.GetTotalPauseDuration();
    private long _allocated = GC.GetTotalAllocatedBytes();

    /// <summary>A batch of <paramref name="nextFrames"/> <c>next</c> frames was written now.</summary>
    public void Written(int nextFrames)
    {
        if (nextFrames > 0) _written.Enqueue(new WrittenBatch(clock.GetUtcNow(), nextFrames));
    }

    /// <summary>The batches written since the last call, oldest first, and the collections (per generation), GC pause time and bytes allocated since then.</summary>
    public Deliveries Take()
    {
        // Dequeued one by one, so a batch written meanwhile is either in this answer or in the next one.
        var written = new List<WrittenBatch>();
        while (_written.TryDequeue(out var batch)) written.Add(batch);
        var (collections, paused, allocated) = (Collections(), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
        var since = new Deliveries(written, [.. collections.Select((n, gen) => n - _collections[gen])], paused - _paused, allocated - _allocated);
        (_collections, _paused, _allocated) = (collections, paused, allocated);
        return since;
    }

    private static int[] Collections() => [.. Enumerable.Range(0, GC.MaxGeneration + 1).Select(GC.CollectionCount)];
}

public readonly record struct WrittenBatch(DateTimeOffset At, int NextFrames);

/// <summary>What <see cref="DeliveryProbe.Take"/> saw since the last take: batches written, collections per generation, GC pause, bytes allocated.</summary>
public sealed record Deliveries(IReadOnlyList<WrittenBatch> Written, IReadOnlyList<int> Collections, TimeSpan GcPause, long AllocatedBytes);
