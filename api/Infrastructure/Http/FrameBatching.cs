using Microsoft.AspNetCore.Http.Features;

namespace OneStop.Api.Infrastructure.Http;

/// <summary>
/// Gives an upgraded (HTTP/1.1) WebSocket connection a <see cref="FrameBatchStream"/>: the upgrade feature is wrapped before
/// ASP.NET Core's WebSocket middleware takes it, so the standard handshake runs unchanged and the WebSocket it creates
/// writes through the batch stream. <see cref="GraphQLWebSocketEndpoint"/> hands the stream to the connection's sender.
/// </summary>
internal sealed class FrameBatching(IHttpUpgradeFeature inner) : IHttpUpgradeFeature
{
    /// <summary>The stream of the upgraded connection (null before the upgrade).</summary>
    public FrameBatchStream? Stream { get; private set; }

    public bool IsUpgradableRequest => inner.IsUpgradableRequest;

    public async Task<Stream> UpgradeAsync() => Stream = new FrameBatchStream(await inner.UpgradeAsync());

    /// <summary>The batch stream of this request's WebSocket, when it was upgraded through <see cref="FrameBatching"/>.</summary>
    public static FrameBatchStream? StreamOf(HttpContext http) => (http.Features.Get<IHttpUpgradeFeature>() as FrameBatching)?.Stream;
}

public static class FrameBatchingExtensions
{
    /// <summary>Call before <c>UseWebSockets</c>.</summary>
    public static IApplicationBuilder UseWebSocketFrameBatching(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        if (http.Features.Get<IHttpUpgradeFeature>() is { IsUpgradableRequest: true } upgrade and not FrameBatching)
            http.Features.Set<IHttpUpgradeFeature>(new FrameBatching(upgrade));
        return next(http);
    });
}
