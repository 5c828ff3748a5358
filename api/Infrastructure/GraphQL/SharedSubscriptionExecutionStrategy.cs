using System.Collections.Concurrent;
using GraphQL;
using GraphQL.Execution;
using GraphQL.MicrosoftDI;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace OneStop.Api.Infrastructure.GraphQL;

/// <summary>
/// The subscription strategy: subscribers of one <see cref="DeliveryClass"/> — the same query text, operation, variables,
/// viewer and language, hence the same events and byte-identical results — share one response stream
/// (<see cref="SharedStream"/>): the stream resolver runs with the first of them, and each event is filtered by that
/// resolver (authorization, unit subtree, <c>mine</c>), executed in its own service scope (as
/// <see cref="ScopedSubscriptionExecutionStrategy"/>) and serialized once; every subscriber then receives the same
/// <see cref="SerializedExecutionResult"/> and the transport only wraps it in its own <c>next</c>. A burst of 100 events to
/// 1,000 subscribers of three users is 300 filterings and executions, not 100,000. Requests whose class cannot be keyed (no
/// query text, variables of unknown shape) get a stream of their own, as before.
/// </summary>
public sealed class SharedSubscriptionExecutionStrategy(IServiceScopeFactory scopes, IGraphQLTextSerializer serializer)
    : ScopedSubscriptionExecutionStrategy(scopes)
{
    private readonly ConcurrentDictionary<DeliveryClass, SharedStream> _streams = new();

    /// <summary>Events executed by this strategy (not deliveries); for tests and the benchmark's explanations.</summary>
    public long Executions => Interlocked.Read(ref _executions);

    /// <summary>Response streams shared now (one per delivery class with subscribers).</summary>
    public int SharedStreams => _streams.Count;

    private long _executions;

    protected override async Task<IObservable<ExecutionResult>?> ResolveResponseStreamAsync(ExecutionContext context, ExecutionNode node)
    {
        if (context.ExecutionOptions is not { } options || DeliveryClass.Of(options) is not { } key)
            return await base.ResolveResponseStreamAsync(context, node);
        if (_streams.TryGetValue(key, out var live)) return live;
        // The first subscriber of the class resolves the source stream; a failure (e.g. NOT_FOUND) is not shared.
        if (await base.ResolveResponseStreamAsync(context, node) is not { } stream) return null;
        // Two first subscribers at once: the one added first is shared, the other's (not yet subscribed) is dropped.
        return _streams.GetOrAdd(key, new SharedStream(stream, idle => _streams.TryRemove(KeyValuePair.Create(key, idle))));
    }

    /// <summary>Executes an event once for its stream and serializes the result once.</summary>
    protected override async ValueTask<ExecutionResult> ProcessDataAsync(ExecutionContext context, ExecutionNode node, object? value)
    {
        Interlocked.Increment(ref _executions);
        var result = await base.ProcessDataAsync(context, node, value);
        return new SerializedExecutionResult(System.Text.Encoding.UTF8.GetBytes(serializer.Serialize(result)));
    }
}

/// <summary>
/// An event's result already serialized (the UTF-8 JSON <c>payload</c> of a <c>next</c>), shared by the subscribers of a
/// delivery class. The WebSocket transport sends <see cref="Payload"/> as it is.
/// </summary>
public sealed class SerializedExecutionResult : ExecutionResult
{
    public SerializedExecutionResult(byte[] payload)
    {
        Payload = payload;
        Executed = true;
    }

    public byte[] Payload { get; }
}
