namespace OneStop.Api.Features.Reports;

/// <summary>
/// One indicator of Decision 766 (DOMAIN.md §4.2): numerator, denominator and points, or "no data" with the reason
/// (null points) when the system does not record what the formula needs — never an invented number.
/// </summary>
public sealed record IndexIndicator(string Code, string Name, int? Numerator, int? Denominator, decimal? MaxPoints, decimal? FullPointsAt,
    decimal? Points, string? NoDataReason, string? Note)
{
    public decimal? Ratio => Numerator is { } n && Denominator is { } d && d > 0 ? Math.Round((decimal)n / d, 4) : null;

    public static IndexIndicator NoData(string code, string name, string reason) => new(code, name, null, null, null, null, null, reason, null);

    /// <summary>Points = max when the ratio reaches the threshold, else ratio × max ÷ threshold (§4.2); 2 decimals; zero denominator ⇒ 0.</summary>
    public static IndexIndicator Scored(string code, string name, int numerator, int denominator, decimal maxPoints, decimal fullAt, string? note = null)
    {
        var ratio = denominator == 0 ? 0m : (decimal)numerator / denominator;
        var points = Math.Round(ratio >= fullAt ? maxPoints : ratio * maxPoints / fullAt, 2, MidpointRounding.AwayFromZero);
        return new(code, name, numerator, denominator, maxPoints, fullAt, points, null, note);
    }
}

/// <summary>A group of the national scoring (CKMB, TDGQ, CLGQ, TTTT, MDHL, MDSH) with its confirmed maximum (§4.1, HIGH).</summary>
public sealed record IndexGroup(string Code, string Name, int MaxPoints, IReadOnlyList<IndexIndicator> Indicators)
{
    /// <summary>Sum of the scored indicators; null when none has data.</summary>
    public decimal? Points => Indicators.Any(i => i.Points is not null) ? Indicators.Sum(i => i.Points ?? 0) : null;

    /// <summary>The points the scored indicators can reach: the index is read against this, not against 100.</summary>
    public decimal MaxPointsWithData => Indicators.Where(i => i.Points is not null).Sum(i => i.MaxPoints ?? 0);
}

public sealed record ServiceIndexReport(DateOnly From, DateOnly To, DateTime AsAt, string UnitName, string? UnitCode, IReadOnlyList<IndexGroup> Groups)
{
    public decimal? Points => Groups.Any(g => g.Points is not null) ? Groups.Sum(g => g.Points ?? 0) : null;

    public int MaxPoints => Groups.Sum(g => g.MaxPoints);

    public decimal MaxPointsWithData => Groups.Sum(g => g.MaxPointsWithData);
}
