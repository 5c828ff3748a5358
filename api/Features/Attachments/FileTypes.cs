namespace OneStop.Api.Features.Attachments;

/// <summary>
/// The kinds of file a dossier may carry, recognised by their first bytes (never by the name alone): PDF scans,
/// JPEG/PNG photos, and Word/Excel documents (ZIP containers whose name must say which).
/// </summary>
public static class FileTypes
{
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>Number of leading bytes <see cref="Detect"/> needs.</summary>
    public const int HeaderLength = 8;

    /// <summary>The content type of an allowed file, or null when the content is not one of them.</summary>
    public static string? Detect(ReadOnlySpan<byte> header, string fileName)
    {
        if (header.StartsWith(Pdf)) return "application/pdf";
        if (header.StartsWith(Png)) return "image/png";
        if (header.StartsWith(Jpeg)) return "image/jpeg";
        if (header.StartsWith(Zip))
        {
            var extension = Path.GetExtension(fileName).ToUpperInvariant();
            return extension switch
            {
                ".DOCX" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                ".XLSX" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                _ => null,
            };
        }
        return null;
    }
}
