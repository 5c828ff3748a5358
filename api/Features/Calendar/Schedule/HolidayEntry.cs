namespace OneStop.Api.Features.Calendar;

/// <summary>
/// A stored row of a year's official civil-service calendar (DOMAIN.md §12.1), maintained by admins.
/// A year with rows uses them; a year without rows falls back to the Labour Code rule generator.
/// </summary>
public sealed class HolidayEntry
{
    public int Id { get; init; }
    public required int Year { get; init; }
    public required DateOnly Date { get; init; }
    public required string NameVi { get; init; }
    public required string NameEn { get; init; }
    public required HolidayKind Kind { get; init; }

    /// <summary>The notice or legal document the row comes from.</summary>
    public required string Source { get; init; }

    /// <summary>False for rows entered before the official notice confirmed them (DOMAIN.md UNVERIFIED rows).</summary>
    public bool IsConfirmed { get; init; } = true;

    public Holiday ToHoliday() => new(Date, NameVi, NameEn, Kind, Source, IsConfirmed);
}
