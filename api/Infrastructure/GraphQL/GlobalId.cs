using System.Buffers.Text;
using System.Text;

namespace OneStop.Api.Infrastructure.GraphQL;

/// <summary>
/// Relay global object identifiers: base64 of <c>TypeName:localId</c> (the GraphQL.Relay convention, which we
/// cannot reference). Opaque to clients; stable across releases.
/// </summary>
public static class GlobalId
{
    public static string Encode(string typeName, long localId) => Encode(typeName, localId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static string Encode(string typeName, string localId) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{localId}"));

    /// <summary>Splits an id into its type name and local id; false for anything that is not one of ours.</summary>
    public static bool TryDecode(string? id, out string typeName, out string localId)
    {
        typeName = localId = "";
        if (string.IsNullOrEmpty(id) || id.Length > 256) return false;
        var buffer = new byte[Base64.GetMaxDecodedFromUtf8Length(id.Length)];
        if (!Convert.TryFromBase64String(id, buffer, out var written)) return false;
        var text = Encoding.UTF8.GetString(buffer, 0, written);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1) return false;
        typeName = text[..colon];
        localId = text[(colon + 1)..];
        return true;
    }

    /// <summary>Decodes an id of the expected type with a numeric local id.</summary>
    public static bool TryDecode(string? id, string expectedType, out long localId)
    {
        localId = 0;
        return TryDecode(id, out var type, out var local)
            && type == expectedType
            && long.TryParse(local, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out localId);
    }
}
