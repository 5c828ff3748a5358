using System.Globalization;
using System.Text;

namespace OneStop.Api.Infrastructure.Text;

/// <summary>Folding for search that ignores Vietnamese diacritics and case ("Đăng ký" → "dang ky").</summary>
public static class VietnameseText
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var lastSpace = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            // Đ/đ is a letter of its own, not D plus a mark, so Unicode decomposition keeps it.
            var folded = c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c);
            if (char.IsWhiteSpace(folded))
            {
                if (!lastSpace) sb.Append(' ');
                lastSpace = true;
                continue;
            }
            sb.Append(folded);
            lastSpace = false;
        }
        return sb.ToString().TrimEnd();
    }
}
