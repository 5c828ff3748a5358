namespace OneStop.Api.Infrastructure.Http;

/// <summary>
/// Message types of graphql-transport-ws (enisdenjo/graphql-ws <c>PROTOCOL.md</c>, TECH.md §6.1).
/// </summary>
public static class MessageTypes
{
    public const string SubProtocol = "graphql-transport-ws";

    public const string ConnectionInit = "connection_init";
    public const string ConnectionAck = "connection_ack";
    public const string Ping = "ping";
    public const string Pong = "pong";
    public const string Subscribe = "subscribe";
    public const string Next = "next";
    public const string Error = "error";
    public const string Complete = "complete";
}

/// <summary>
/// Close codes the server sends (PROTOCOL.md, TECH.md §6.2). The graphql-ws client treats 4400, 4401, 4406, 4409,
/// 4429 and 4500 as fatal and retries 4403 and 4408, so the code chosen is also a retry decision.
/// </summary>
public static class CloseCodes
{
    /// <summary>Invalid message: not JSON, no <c>type</c>, blank <c>id</c>, unknown or client-illegal type.</summary>
    public const int BadRequest = 4400;

    /// <summary><c>subscribe</c> before <c>connection_ack</c>.</summary>
    public const int Unauthorized = 4401;

    /// <summary><c>connection_init</c> rejected (invalid or expired token); the protocol's recommendation.</summary>
    public const int Forbidden = 4403;

    /// <summary>Listed for completeness: we refuse other sub-protocols with HTTP 400 before accepting, so it is never sent.</summary>
    public const int SubprotocolNotAcceptable = 4406;

    /// <summary>No <c>connection_init</c> within the init timeout.</summary>
    public const int ConnectionInitialisationTimeout = 4408;

    /// <summary><c>subscribe</c> with an id that is still active.</summary>
    public const int SubscriberAlreadyExists = 4409;

    /// <summary>A second <c>connection_init</c>.</summary>
    public const int TooManyInitialisationRequests = 4429;

    /// <summary>An unexpected server failure while handling a message.</summary>
    public const int InternalServerError = 4500;

    /// <summary>RFC 6455 1001: the server is shutting down; clients reconnect (to another instance).</summary>
    public const int GoingAway = 1001;

    /// <summary>RFC 6455 1009: a message larger than <see cref="GraphQLWebSocketEndpoint.MaxMessageBytes"/>.</summary>
    public const int MessageTooBig = 1009;

    /// <summary>RFC 6455 1013 "Try Again Later": the client reads too slowly and its send queue overflowed; the client retries.</summary>
    public const int TryAgainLater = 1013;
}
