using System.Reactive.Disposables;
using GraphQL;

namespace OneStop.Api.Infrastructure.GraphQL;

/// <summary>
/// One response stream shared by every subscriber of a <see cref="DeliveryClass"/>: the source (the stream resolver's events,
/// each executed and serialized) is subscribed once, with the first subscriber, and every result is handed to each
/// subscriber in the source's order. The last subscriber leaving disconnects the source (its events stop being executed);
/// a later subscriber connects it again. An error or completion of the source ends every subscriber's stream and leaves the
/// shared stream disconnected, so the next subscriber starts a fresh source.
/// </summary>
internal sealed class SharedStream(IObservable<ExecutionResult> source, Action<SharedStream> idle) : IObservable<ExecutionResult>
{
    private readonly Lock _gate = new();
    private Member[] _members = [];
    private Relay? _relay;

    public IDisposable Subscribe(IObserver<ExecutionResult> observer)
    {
        var member = new Member(observer);
        Relay? connect = null;
        lock (_gate)
        {
            _members = [.. _members, member];
            if (_relay is null) connect = _relay = new Relay(this);
        }
        // Outside the lock: a source may emit while it is being subscribed.
        if (connect is not null) connect.Connection.Disposable = source.Subscribe(connect);
        return Disposable.Create(() => Leave(member));
    }

    private void Leave(Member member)
    {
        Relay? disconnect = null;
        lock (_gate)
        {
            var at = Array.IndexOf(_members, member);
            if (at < 0) return;
            _members = [.. _members[..at], .. _members[(at + 1)..]];
            if (_members.Length == 0) (disconnect, _relay) = (_relay, null);
        }
        if (disconnect is null) return;
        disconnect.Connection.Dispose();
        idle(this);
    }

    /// <summary>The subscribers now, or null when <paramref name="relay"/> is no longer the live connection.</summary>
    private Member[]? MembersOf(Relay relay) => Volatile.Read(ref _relay) == relay ? Volatile.Read(ref _members) : null;

    /// <summary>Ends every subscriber's stream; the shared stream is disconnected (the next subscriber reconnects).</summary>
    private Member[] End(Relay relay)
    {
        Member[] ended;
        lock (_gate)
        {
            if (_relay != relay) return [];
            (ended, _members, _relay) = (_members, [], null);
        }
        relay.Connection.Dispose();
        idle(this);
        return ended;
    }

    private sealed record Member(IObserver<ExecutionResult> Observer);

    /// <summary>The one observer of a connection to the source; notifications of a connection that ended are ignored.</summary>
    private sealed class Relay(SharedStream stream) : IObserver<ExecutionResult>
    {
        public SingleAssignmentDisposable Connection { get; } = new();

        public void OnNext(ExecutionResult value)
        {
            if (stream.MembersOf(this) is not { } members) return;
            foreach (var m in members) m.Observer.OnNext(value);
        }

        public void OnError(Exception error)
        {
            foreach (var m in stream.End(this)) m.Observer.OnError(error);
        }

        public void OnCompleted()
        {
            foreach (var m in stream.End(this)) m.Observer.OnCompleted();
        }
    }
}
