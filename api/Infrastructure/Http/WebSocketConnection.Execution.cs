using GraphQL;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Infrastructure.Http;

/// <summary>Runs one <c>subscribe</c> in its own DI scope and turns the result into next / error / complete (TECH.md §6.3).</summary>
internal sealed partial class WebSocketConnection
{
    private async Task RunOperationAsync(WebSocketOperation operation, GraphQLHttpRequest request)
    {
        try
        {
            // The scope lives as long as the stream: the scoped subscription strategy creates each event's scope from it.
            await using var scope = _scopeFactory.CreateAsyncScope();
            var result = await GraphQLExecution.ExecuteAsync(scope.ServiceProvider, _user, _acceptLanguage, request, null, operation.Token);
            if (operation.IsStopped) return;
            if (result.Streams is { Count: > 0 } streams)
            {
                // A subscription has exactly one root field, hence one stream (TECH.md §3.2).
                await ForwardAsync(operation, streams.Values.First());
                Finish(operation, Frame(MessageTypes.Complete, operation.Id));
            }
            else if (!result.Executed)
            {
                // Not executed (syntax, validation, authorization): `error` ends the operation, no `complete` follows.
                var errors = result.Errors is { Count: > 0 } e ? e : new ExecutionErrors { new ExecutionError("The operation was not executed.") };
                Finish(operation, Frame(MessageTypes.Error, operation.Id, errors));
            }
            else
            {
                // A query or mutation over WebSocket: one `next`, then `complete`.
                Send(Frame(MessageTypes.Next, operation.Id, result, operation));
                Finish(operation, Frame(MessageTypes.Complete, operation.Id));
            }
        }
        catch (OperationCanceledException) when (operation.IsStopped)
        {
            // Stopped by the client's complete, a disconnect or shutdown.
        }
        catch (Exception e)
        {
            _logger.LogError(e, "WebSocket operation {Id} failed", operation.Id);
            await CloseAsync(CloseCodes.InternalServerError, "Internal server error");
        }
        finally
        {
            _running.TryRemove(operation, out _);
            _operations.TryRemove(KeyValuePair.Create(operation.Id, operation));
            operation.Dispose();
        }
    }

    /// <summary>Forwards each event result as <c>next</c> until the stream ends or the operation is stopped.</summary>
    private async Task ForwardAsync(WebSocketOperation operation, IObservable<ExecutionResult> stream)
    {
        var ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var stopped = operation.Token.Register(() => ended.TrySetResult());
        using var subscription = stream.Subscribe(new ForwardingObserver(this, operation, ended));
        await ended.Task;
    }

    /// <summary>
    /// Removes the operation before queueing its last frame, so the client may reuse the id as soon as it reads it;
    /// an operation the client already completed gets nothing more.
    /// </summary>
    private void Finish(WebSocketOperation operation, OutgoingFrame last)
    {
        if (_operations.TryRemove(KeyValuePair.Create(operation.Id, operation))) Send(last);
    }

    private sealed class ForwardingObserver(WebSocketConnection connection, WebSocketOperation operation, TaskCompletionSource ended)
        : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value)
        {
            if (operation.IsStopped) return;
            // A result shared by the subscribers of one delivery class is already serialized: only the envelope is per subscriber.
            connection.Send(value is SerializedExecutionResult shared
                ? OutgoingFrame.Next(operation, shared.Payload)
                : connection.Frame(MessageTypes.Next, operation.Id, value, operation));
        }

        public void OnError(Exception error)
        {
            // The protocol has no "stream failed" message: the error travels in a `next`, then the stream completes.
            if (error is not ExecutionError executionError)
            {
                connection._logger.LogError(error, "Subscription stream {Id} failed", operation.Id);
                executionError = new ExecutionError("The event stream failed.") { Code = "STREAM_ERROR" };
            }
            if (!operation.IsStopped)
                connection.Send(connection.Frame(MessageTypes.Next, operation.Id, new ExecutionResult { Errors = [executionError] }, operation));
            ended.TrySetResult();
        }

        public void OnCompleted() => ended.TrySetResult();
    }
}
