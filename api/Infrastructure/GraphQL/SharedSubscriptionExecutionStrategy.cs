using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Execution;
using GraphQL.MicrosoftDI;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace OneStop.Api.Infrastructure.GraphQL;

/// <summary>
/// The subscription strategy: each event executes in its own service scope (as <see cref="ScopedSubscriptionExecutionStrategy"/>),
/// but once per <see cref="DeliveryClass"/> — the same query text, operation, variables, viewer and language give the same
/// result — and is serialized once; every subscriber of that class receives the same <see cref="SerializedExecutionResult"/>.
/// Which events a subscriber receives is still decided per subscriber by its stream resolver (authorization, unit subtree,
/// <c>mine</c>) before this runs. A burst of 100 events to 1,000 subscribers of three users is 300 executions, not 100,000.
/// Events are matched by reference: the buses hand the same event object to every local subscriber, and a stream resolver
/// that maps it to a shared object (<c>DeadlineAlertFeed</c>) keeps the sharing; a stream that makes a new object per
/// subscriber simply executes per subscriber, as before.
/// </summary>
public sealed class SharedSubscriptionExecutionStrategy(IServiceScopeFactory scopes, IGraphQLTextSerializer serializer)
    : ScopedSubscriptionExecutionStrategy(scopes)
{
    // Keyed by the event object: an entry lives as long as the event does (the buses drop it once delivered).
    private readonly ConditionalWeakTable<object, ConcurrentDictionary<DeliveryClass, Lazy<Task<SerializedExecutionResult>>>> _events = new();

    // Keyed by the subscribe request's options: a subscription's class is computed once, not per event.
    private readonly ConditionalWeakTable<ExecutionOptions, StrongBox<DeliveryClass?>> _classes = new();

    /// <summary>Executions run by this strategy (not shared deliveries); for tests and the benchmark's explanations.</summary>
    public long Executions => Interlocked.Read(ref _executions);

    private long _executions;

    protected override async ValueTask<ExecutionResult> ProcessDataAsync(ExecutionContext context, ExecutionNode node, object? value)
    {
        if (value is null || ClassOf(context) is not { } key) return await ExecuteAsync(context, node, value);
        var results = _events.GetValue(value, _ => new ConcurrentDictionary<DeliveryClass, Lazy<Task<SerializedExecutionResult>>>());
        var shared = results.GetOrAdd(key, _ => new Lazy<Task<SerializedExecutionResult>>(() => ExecuteSharedAsync(context, node, value)));
        try
        {
            return await shared.Value.WaitAsync(context.CancellationToken);
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            // This subscriber left while the shared execution ran; what it gets is dropped by the transport anyway.
            return new ExecutionResult { Errors = [new ExecutionError("The operation was canceled.")] };
        }
        catch (Exception)
        {
            // A failed shared execution is not reused: this subscriber (and the next) execute on their own.
            results.TryRemove(KeyValuePair.Create(key, shared));
            return await ExecuteAsync(context, node, value);
        }
    }

    /// <summary>
    /// Executes for a whole class, detached from the first subscriber's cancellation (its leaving must not cancel the
    /// others' delivery), and serializes the result once.
    /// </summary>
    private async Task<SerializedExecutionResult> ExecuteSharedAsync(ExecutionContext context, ExecutionNode node, object value)
    {
        using var detached = new ExecutionContext(context)
        {
            Errors = [],
            OutputExtensions = new Dictionary<string, object?>(),
            CancellationToken = CancellationToken.None,
        };
        var result = await ExecuteAsync(detached, node, value);
        return new SerializedExecutionResult(System.Text.Encoding.UTF8.GetBytes(serializer.Serialize(result)));
    }

    private async Task<ExecutionResult> ExecuteAsync(ExecutionContext context, ExecutionNode node, object? value)
    {
        Interlocked.Increment(ref _executions);
        return await base.ProcessDataAsync(context, node, value);
    }

    private DeliveryClass? ClassOf(ExecutionContext context) =>
        context.ExecutionOptions is { } options ? _classes.GetValue(options, o => new StrongBox<DeliveryClass?>(DeliveryClass.Of(o))).Value : null;
}

/// <summary>
/// An event's result already serialized (the UTF-8 JSON <c>payload</c> of a <c>next</c>), shared by a delivery class. Only
/// the bytes are kept, not the result tree: entries live as long as their event (the alert feed keeps its last 1,024).
/// The WebSocket transport sends <see cref="Payload"/> as it is.
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
