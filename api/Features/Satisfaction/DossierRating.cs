using OneStop.Api.Features.Dossiers;

namespace OneStop.Api.Features.Satisfaction;

/// <summary>Three levels used by provincial systems and the DVCQG-style survey (DOMAIN.md §7.3, HIGH for local systems).</summary>
public enum RatingLevel
{
    VerySatisfied,
    Satisfied,
    NotSatisfied,
}

/// <summary>How the rating arrived: the link/QR on the return receipt, or the desk kiosk (rating the officer at the counter).</summary>
public enum RatingChannel
{
    Link,
    Kiosk,
}

/// <summary>The two optional questions of provincial systems: convenience of the service, and overall (DOMAIN.md §7.3).</summary>
public enum RatingQuestion
{
    Convenience,
    Overall,
}

/// <summary>
/// The applicant's one rating of a returned dossier. It may be changed until <see cref="ChangeableUntil"/>
/// (<c>Satisfaction:ChangeWindowDays</c> after the first rating); each change needs the single-use token the last
/// rating handed back.
/// </summary>
public sealed class DossierRating
{
    public long Id { get; init; }
    public long DossierId { get; init; }
    public int UnitId { get; init; }
    public required string UnitPath { get; init; }
    public DateOnly ReturnedOn { get; init; }
    public RatingLevel Level { get; private set; }
    public string? Reason { get; private set; }
    public RatingLevel? Convenience { get; private set; }
    public RatingLevel? Overall { get; private set; }
    public RatingChannel Channel { get; private set; }

    /// <summary>The officer at the counter, for kiosk ratings.</summary>
    public string? OfficerId { get; private set; }

    public string? OfficerName { get; private set; }
    public DateTime FirstRatedAt { get; init; }
    public DateTime RatedAt { get; private set; }
    public DateTime ChangeableUntil { get; init; }
    public int Changes { get; private set; }
    public int Version { get; private set; } = 1;

    public static DossierRating First(Dossier d, DateTime now, TimeSpan window) =>
        Create(d.Id, d.ReceivingUnitId, d.ReceivingUnitPath, DossierClock.LocalDate(d.ReturnedAt ?? now), now, window);

    public static DossierRating Create(long dossierId, int unitId, string unitPath, DateOnly returnedOn, DateTime now, TimeSpan window) => new()
    {
        DossierId = dossierId,
        UnitId = unitId,
        UnitPath = unitPath,
        ReturnedOn = returnedOn,
        FirstRatedAt = now,
        ChangeableUntil = now + window,
    };

    public void Set(RatingAnswer answer, RatingChannel channel, string? officerId, string? officerName, DateTime now, bool isChange)
    {
        Level = answer.Level;
        Reason = answer.Reason;
        Convenience = answer.Convenience;
        Overall = answer.Overall;
        Channel = channel;
        OfficerId = officerId;
        OfficerName = officerName;
        RatedAt = now;
        if (isChange)
        {
            Changes++;
            Version++;
        }
    }
}

/// <summary>A validated answer: reason trimmed, required for Not satisfied.</summary>
public sealed record RatingAnswer(RatingLevel Level, string? Reason, RatingLevel? Convenience, RatingLevel? Overall);

/// <summary>
/// A single-use rating token. Only <see cref="Hash"/> (SHA-256 of the token) identifies it; the token itself is an
/// HMAC of <see cref="Salt"/> under the server's key, so the receipt can print it again but the database alone cannot.
/// </summary>
public sealed class RatingToken
{
    public long Id { get; init; }
    public long DossierId { get; init; }
    public RatingTokenKind Kind { get; init; }
    public required string Hash { get; init; }
    public required string Salt { get; init; }
    public DateTime IssuedAt { get; init; }
    public DateTime ExpiresAt { get; init; }
    public DateTime? UsedAt { get; set; }

    /// <summary>Kiosk tokens: the officer who started the session at the counter.</summary>
    public string? OfficerId { get; init; }

    public string? OfficerName { get; init; }
}

public enum RatingTokenKind
{
    /// <summary>Printed on the return receipt (QR) and given to the returning officer.</summary>
    Link,

    /// <summary>Handed back by a rating so the applicant can change it within the window.</summary>
    Change,

    /// <summary>Short-lived, from a desk kiosk session.</summary>
    Kiosk,
}
