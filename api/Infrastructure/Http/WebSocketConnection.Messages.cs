using System.Text.Json;

namespace OneStop.Api.Infrastructure.Http;

/// <summary>The graphql-transport-ws message rules (PROTOCOL.md; TECH.md §6.1), checked in the reference server's order.</summary>
internal sealed partial class WebSocketConnection
{
    private async Task HandleMessageAsync(ReadOnlyMemory<byte> utf8Json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json);
        }
        catch (JsonException)
        {
            await CloseAsync(CloseCodes.BadRequest, "Invalid message received: not JSON");
            return;
        }
        using (document)
        {
            var message = document.RootElement;
            if (message.ValueKind != JsonValueKind.Object
                || !message.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
            {
                await CloseAsync(CloseCodes.BadRequest, "Invalid message received: no type");
                return;
            }
            // Every payload is optional except subscribe's, and must be an object when present (graphql-ws validateMessage).
            var payload = message.TryGetProperty("payload", out var p) && p.ValueKind != JsonValueKind.Null ? p : (JsonElement?)null;
            var type = typeElement.GetString();
            switch (type)
            {
                case MessageTypes.ConnectionInit:
                    if (!IsObjectOrAbsent(payload)) await CloseAsync(CloseCodes.BadRequest, "Invalid message received: payload");
                    else await OnConnectionInitAsync(payload);
                    break;
                case MessageTypes.Ping:
                    if (!IsObjectOrAbsent(payload)) await CloseAsync(CloseCodes.BadRequest, "Invalid message received: payload");
                    // Answered at any time, even before the ack, and ahead of queued results.
                    else await _sender.EnqueuePongAsync(Frame(MessageTypes.Pong, payload: payload), _lifetime.Token);
                    break;
                case MessageTypes.Pong:
                    if (!IsObjectOrAbsent(payload)) await CloseAsync(CloseCodes.BadRequest, "Invalid message received: payload");
                    break; // a reply to our ping or a one-way heartbeat: nothing to do
                case MessageTypes.Subscribe:
                    await OnSubscribeAsync(message, payload);
                    break;
                case MessageTypes.Complete:
                    if (OperationId(message) is not { } id) await CloseAsync(CloseCodes.BadRequest, "Invalid message received: blank id");
                    // Unknown or finished ids are ignored; a stopped operation sends nothing more.
                    else if (_operations.TryRemove(id, out var op)) op.Stop();
                    break;
                default:
                    // Unknown types and server-to-client types (connection_ack, next, error) alike.
                    await CloseAsync(CloseCodes.BadRequest, $"Unexpected message of type {Shorten(type)} received");
                    break;
            }
        }
    }

    private async Task OnConnectionInitAsync(JsonElement? payload)
    {
        if (Interlocked.Exchange(ref _initReceived, 1) == 1)
        {
            await CloseAsync(CloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }
        switch (WebSocketAuthenticator.FromInitPayload(payload, _services, out var tokenUser))
        {
            case WebSocketAuthenticator.Outcome.Rejected:
                // The protocol's recommendation for a rejected init; the graphql-ws client retries it (TECH.md §6.2).
                await CloseAsync(CloseCodes.Forbidden, "Forbidden");
                return;
            case WebSocketAuthenticator.Outcome.Authenticated:
                _user = tokenUser;
                break;
            default:
                // No credentials: the same-origin handshake user, else anonymous (field authorization decides at subscribe).
                _user = _handshakeUser;
                break;
        }
        _acknowledged = true;
        Send(Frame(MessageTypes.ConnectionAck));
    }

    private async Task OnSubscribeAsync(JsonElement message, JsonElement? payload)
    {
        if (OperationId(message) is not { } id)
        {
            await CloseAsync(CloseCodes.BadRequest, "Invalid message received: blank id");
            return;
        }
        if (payload is not { ValueKind: JsonValueKind.Object } body)
        {
            await CloseAsync(CloseCodes.BadRequest, "Invalid message received: subscribe needs a payload");
            return;
        }
        // The payload is a GraphQL-over-HTTP request body; the same reader checks its members.
        var request = GraphQLHttpRequestReader.FromJson(body, _serializer, out var error);
        if (request is null)
        {
            await CloseAsync(CloseCodes.BadRequest, "Invalid message received: " + error);
            return;
        }
        if (!_acknowledged)
        {
            await CloseAsync(CloseCodes.Unauthorized, "Unauthorized");
            return;
        }
        var operation = new WebSocketOperation(id);
        if (!_operations.TryAdd(id, operation))
        {
            operation.Dispose();
            await CloseAsync(CloseCodes.SubscriberAlreadyExists, $"Subscriber for {Shorten(id)} already exists");
            return;
        }
        _running[operation] = 0;
        // Off the read loop, so pings, completes and other subscribes are handled while it runs.
        operation.Running = Task.Run(() => RunOperationAsync(operation, request));
    }

    /// <summary>The operation id, or null when missing or blank (close 4400).</summary>
    private static string? OperationId(JsonElement message) =>
        message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(id.GetString())
            ? id.GetString()
            : null;

    private static bool IsObjectOrAbsent(JsonElement? payload) => payload is null or { ValueKind: JsonValueKind.Object };

    private static string Shorten(string? text) => text is null ? "" : text.Length <= 40 ? text : text[..40] + "…";
}
