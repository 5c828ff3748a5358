namespace OneStop.Api.Features.Satisfaction;

/// <summary><c>Satisfaction:*</c>: windows, token lifetimes and follow-up deadlines (configurable; DOMAIN.md §7.3, §4.2).</summary>
public sealed class SatisfactionOptions
{
    /// <summary>Days after the first rating during which the applicant may change it.</summary>
    public int ChangeWindowDays { get; set; } = 7;

    /// <summary>Days the receipt's rating link stays valid after the result is returned.</summary>
    public int LinkValidDays { get; set; } = 30;

    public int KioskTokenMinutes { get; set; } = 10;

    /// <summary>HMAC key that turns a stored salt into the printed token; set a secret per deployment.</summary>
    public string TokenKey { get; set; } = "onestop-development-rating-key";

    /// <summary>Base of the public rating page; the link is <c>{base}/{code}?t={token}</c>.</summary>
    public string PublicBaseUrl { get; set; } = "/danh-gia";

    /// <summary>Attempts allowed per token (right or wrong) within <see cref="AttemptWindowMinutes"/>.</summary>
    public int MaxAttemptsPerToken { get; set; } = 5;

    public int AttemptWindowMinutes { get; set; } = 15;

    // Decision 766 indicator 5.2 (DOMAIN.md §4.2): resolve within 15 working days (HIGH); acknowledge within 2.
    public int AcknowledgeWorkingDays { get; set; } = 2;

    public int ResolveWorkingDays { get; set; } = 15;
}
