using System.Collections;
using System.Globalization;
using System.Security.Claims;
using System.Text;
using GraphQL;

namespace OneStop.Api.Infrastructure.GraphQL;

/// <summary>
/// What an event's result depends on besides the event: the query text and operation, the variables, the viewer and the
/// language. Subscribers with equal classes receive byte-identical results (<see cref="SharedSubscriptionExecutionStrategy"/>).
/// The viewer is every claim of the principal except the token's own (issue and expiry times, token id), so two tokens of
/// one user share, while users differing in anything a resolver may read — roles, unit, user id (<c>mine</c>, assignee
/// actions), name — never do: masking for an Analyst and unit scoping are resolved for each class as for each subscriber.
/// </summary>
public sealed record DeliveryClass(string Query, string? OperationName, string Variables, string Viewer, string? Language)
{
    private static readonly HashSet<string> TokenClaims = new(StringComparer.Ordinal) { "exp", "iat", "nbf", "jti", "auth_time" };

    /// <summary>The class of a request, or null when its results are not shared (no query text, or variables we cannot key).</summary>
    public static DeliveryClass? Of(ExecutionOptions options)
    {
        if (options.Query is not { } query) return null;
        var variables = new StringBuilder();
        if (options.Variables is { } inputs && !TryAppend(variables, inputs)) return null;
        var language = options.UserContext is { } user && user.TryGetValue(RequestLanguage.Key, out var lang) ? lang?.ToString() : null;
        return new DeliveryClass(query, options.OperationName, variables.ToString(), ViewerOf(options.User), language);
    }

    private static string ViewerOf(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true) return "";
        var claims = user.Claims.Where(c => !TokenClaims.Contains(c.Type)).Select(c => c.Type + "=" + c.Value).Order(StringComparer.Ordinal);
        return user.Identity.AuthenticationType + "\n" + string.Join("\n", claims);
    }

    /// <summary>A canonical text of a variable value as the request reader produced it (objects, lists, scalars).</summary>
    private static bool TryAppend(StringBuilder s, object? value)
    {
        switch (value)
        {
            case null:
                s.Append("null");
                return true;
            case string text:
                s.Append('"').Append(text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
                return true;
            case bool b:
                s.Append(b ? "true" : "false");
                return true;
            case IEnumerable<KeyValuePair<string, object?>> map:
                s.Append('{');
                foreach (var (k, v) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    TryAppend(s, k);
                    s.Append(':');
                    if (!TryAppend(s, v)) return false;
                    s.Append(',');
                }
                s.Append('}');
                return true;
            case IEnumerable list:
                s.Append('[');
                foreach (var item in list)
                {
                    if (!TryAppend(s, item)) return false;
                    s.Append(',');
                }
                s.Append(']');
                return true;
            case IFormattable number when value.GetType().IsPrimitive || value is decimal or System.Numerics.BigInteger:
                s.Append(number.ToString(null, CultureInfo.InvariantCulture));
                return true;
            default:
                return false;
        }
    }
}
