using OneStop.Api.Infrastructure.Events;

namespace OneStop.Api.Tests.Infrastructure.Events;

/// <summary><see cref="SignalBatch"/>: wakes deferred to the end of the burst being handed on, on this thread only.</summary>
public sealed class SignalBatchTests
{
    private sealed class Counter : IBatchedSignal
    {
        public int Signals { get; private set; }

        public void Signal() => Signals++;
    }

    [Fact]
    public void Outside_a_batch_nothing_is_deferred()
    {
        Assert.False(SignalBatch.TryDefer(new Counter()));
    }

    [Fact]
    public void A_signal_in_a_batch_is_given_when_the_outermost_batch_ends_and_only_then()
    {
        var writer = new Counter();
        using (SignalBatch.Open())
        {
            using (SignalBatch.Open())
            {
                Assert.True(SignalBatch.TryDefer(writer));
            }
            Assert.Equal(0, writer.Signals); // the inner end is not the burst's end
            Assert.True(SignalBatch.TryDefer(writer));
        }
        Assert.Equal(2, writer.Signals);
        Assert.False(SignalBatch.TryDefer(writer)); // and the batch is over
    }

    [Fact]
    public void A_batch_is_the_opening_threads_own()
    {
        var writer = new Counter();
        var deferredElsewhere = true;
        using (SignalBatch.Open())
        {
            // Work that goes on on another thread is not part of the burst: its wake is signalled at once.
            var other = new Thread(() => deferredElsewhere = SignalBatch.TryDefer(writer));
            other.Start();
            other.Join();
        }
        Assert.False(deferredElsewhere);
        Assert.Equal(0, writer.Signals);
    }
}
