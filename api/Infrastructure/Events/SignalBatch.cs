namespace OneStop.Api.Infrastructure.Events;

/// <summary>Something woken when work was queued for it (a connection's writer); see <see cref="SignalBatch"/>.</summary>
public interface IBatchedSignal
{
    void Signal();
}

/// <summary>
/// Wakes deferred to the end of a burst. While a thread hands on a burst of events (a subscriber pump emptying its queue,
/// a feed emitting the alerts of one scan), a writer that gets work queued is woken once, when the burst has been handed
/// on, instead of at its first frame: a connection's drain loop on the other core would otherwise send the first few
/// frames, wake again for the next few, and so on (1,300 to 5,000 writes for 1,000 subscribers of a 100-alert burst, each
/// a send here and a read in the client). Thread-local and nestable: outside a batch, or in work that continues on
/// another thread, a wake is signalled at once. The end of a batch always signals what it deferred (work inside a batch
/// is synchronous: see <see cref="Scope"/>).
/// </summary>
public static class SignalBatch
{
    [ThreadStatic] private static int t_depth;
    [ThreadStatic] private static List<IBatchedSignal>? t_deferred;

    /// <summary>Starts a batch on this thread; disposing the result ends it.</summary>
    public static Scope Open()
    {
        t_depth++;
        return default;
    }

    /// <summary>Defers <paramref name="signal"/> to the end of this thread's batch; false when no batch is open (signal now).</summary>
    public static bool TryDefer(IBatchedSignal signal)
    {
        if (t_depth == 0) return false;
        (t_deferred ??= []).Add(signal);
        return true;
    }

    /// <summary>
    /// A ref struct: the batch is the thread's, so the compiler refuses a scope held across an <c>await</c> (which may
    /// resume on another thread).
    /// </summary>
    public readonly ref struct Scope
    {
        public void Dispose()
        {
            if (--t_depth > 0 || t_deferred is not { Count: > 0 } deferred) return;
            try
            {
                foreach (var signal in deferred) signal.Signal();
            }
            finally
            {
                deferred.Clear();
            }
        }
    }
}
