namespace OneStop.Api.Infrastructure.Http;

/// <summary>
/// GraphQL over WebSocket with the <c>graphql-transport-ws</c> sub-protocol (enisdenjo/graphql-ws PROTOCOL.md,
/// TECH.md §6), for subscriptions (and queries/mutations, which the protocol allows). The handshake is checked
/// here; the protocol itself runs in <see cref="WebSocketConnection"/>.
/// </summary>
/// <remarks>
/// A handshake that does not offer <c>graphql-transport-ws</c> is refused with HTTP 400 before the upgrade
/// (TECH.md §6.2 "none supported → 400 at the handshake"): with nothing negotiated there is no connection to close,
/// so 4406 is never sent. The legacy Apollo <c>graphql-ws</c> sub-protocol is not implemented.
/// </remarks>
public static class GraphQLWebSocketEndpoint
{
    /// <summary>Largest message accepted from a client (as the HTTP body limit); larger ones close with 1009.</summary>
    public const long MaxMessageBytes = GraphQLHttpEndpoint.MaxBodyBytes;

    /// <summary>Seconds a client has to send <c>connection_init</c> (GraphQL.Server's 10 s; the reference server uses 3 s).</summary>
    public const string InitTimeoutSetting = "GraphQL:WebSocket:InitTimeoutSeconds";

    public static async Task HandleAsync(HttpContext http)
    {
        if (!http.WebSockets.WebSocketRequestedProtocols.Contains(MessageTypes.SubProtocol, StringComparer.Ordinal))
        {
            await GraphQLHttpEndpoint.WriteErrorAsync(http, StatusCodes.Status400BadRequest, MediaTypes.Json,
                $"Use the WebSocket sub-protocol `{MessageTypes.SubProtocol}`.", "SUBPROTOCOL_NOT_ACCEPTABLE");
            return;
        }
        var services = http.RequestServices;
        var seconds = services.GetRequiredService<IConfiguration>().GetValue(InitTimeoutSetting, 10.0);
        var initTimeout = TimeSpan.FromSeconds(seconds > 0 ? seconds : 10.0);
        var handshakeUser = WebSocketAuthenticator.FromHandshake(http);
        var stopping = services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;

        using var socket = await http.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext { SubProtocol = MessageTypes.SubProtocol });
        using var connection = new WebSocketConnection(socket, FrameBatching.StreamOf(http), services, handshakeUser, http.Request.Headers.AcceptLanguage, initTimeout);
        await connection.RunAsync(stopping);
    }

}
