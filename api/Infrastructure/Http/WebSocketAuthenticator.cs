using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace OneStop.Api.Infrastructure.Http;

/// <summary>
/// Who a WebSocket connection acts for. Browsers cannot set headers on a WebSocket, so the Identity bearer token
/// travels in the <c>connection_init</c> payload (graphql-ws <c>connectionParams</c>, TECH.md §6.2); a cookie
/// principal from the handshake counts only for a same-origin page (cross-site WebSocket hijacking).
/// </summary>
public static class WebSocketAuthenticator
{
    /// <summary>Outcome of reading the <c>connection_init</c> payload.</summary>
    public enum Outcome
    {
        /// <summary>The payload carries no credentials: keep the handshake user (or anonymous).</summary>
        NoCredentials,

        /// <summary>A valid, unexpired token: the connection acts for its user.</summary>
        Authenticated,

        /// <summary>Credentials that do not authenticate: close with 4403.</summary>
        Rejected,
    }

    /// <summary>
    /// The handshake's principal when it may be trusted: authenticated, and either no <c>Origin</c> (not a browser,
    /// so no ambient cookie to abuse) or an <c>Origin</c> whose authority is the request's <c>Host</c>.
    /// </summary>
    public static ClaimsPrincipal? FromHandshake(HttpContext http)
    {
        if (http.User.Identity?.IsAuthenticated != true) return null;
        var origin = http.Request.Headers.Origin.ToString();
        if (origin.Length == 0) return http.User;
        return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && string.Equals(uri.Authority, http.Request.Host.Value, StringComparison.OrdinalIgnoreCase)
            ? http.User
            : null;
    }

    /// <summary>
    /// Reads <c>Authorization</c> / <c>authorization</c> (<c>Bearer &lt;token&gt;</c>) or <c>token</c> from the payload
    /// and validates the token as the Identity bearer handler does: unprotect, then check <c>ExpiresUtc</c>.
    /// </summary>
    public static Outcome FromInitPayload(JsonElement? payload, IServiceProvider services, out ClaimsPrincipal? user)
    {
        user = null;
        if (payload is not { ValueKind: JsonValueKind.Object } p) return Outcome.NoCredentials;
        string? token = null;
        var found = false;
        foreach (var property in p.EnumerateObject())
        {
            var isAuthorization = string.Equals(property.Name, "authorization", StringComparison.OrdinalIgnoreCase);
            if (!isAuthorization && property.Name != "token") continue;
            found = true;
            if (property.Value.ValueKind != JsonValueKind.String) return Outcome.Rejected;
            var value = property.Value.GetString()!.Trim();
            if (value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) token = value["Bearer ".Length..].Trim();
            else if (!isAuthorization) token = value;
            else return Outcome.Rejected; // another scheme (Basic, …) is not ours
        }
        if (!found) return Outcome.NoCredentials;
        if (string.IsNullOrEmpty(token)) return Outcome.Rejected;

        var options = services.GetRequiredService<IOptionsMonitor<BearerTokenOptions>>().Get(IdentityConstants.BearerScheme);
        var ticket = options.BearerTokenProtector.Unprotect(token);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (ticket?.Properties.ExpiresUtc is not { } expires || now >= expires || ticket.Principal.Identity?.IsAuthenticated != true)
            return Outcome.Rejected;
        user = ticket.Principal;
        return Outcome.Authenticated;
    }
}
