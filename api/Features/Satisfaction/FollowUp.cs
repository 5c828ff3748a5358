namespace OneStop.Api.Features.Satisfaction;

public enum FollowUpStatus
{
    Open,
    Acknowledged,
    Resolved,
}

/// <summary>
/// A feedback follow-up (PAKN) opened by a Not satisfied rating, assigned to the leader of the receiving unit.
/// Deadlines on the working-day calendar: acknowledge within 2 working days, resolve within 15 (Decision 766
/// indicator 5.2, DOMAIN.md §4.2, HIGH for the 15 days; the 2-day acknowledgement follows the 2-day refusal/publish
/// limits there and is configurable).
/// </summary>
public sealed class FollowUp
{
    public long Id { get; init; }
    public long DossierId { get; init; }
    public long RatingId { get; init; }
    public int UnitId { get; init; }
    public required string UnitPath { get; init; }
    public string? AssigneeId { get; init; }
    public string? AssigneeName { get; init; }
    public required string Reason { get; init; }
    public DateTime OpenedAt { get; init; }
    public DateOnly AcknowledgeBy { get; init; }
    public DateOnly ResolveBy { get; init; }
    public FollowUpStatus Status { get; private set; }
    public DateTime? AcknowledgedAt { get; private set; }
    public string? AcknowledgedByName { get; private set; }
    public DateTime? ResolvedAt { get; private set; }
    public string? ResolvedByName { get; private set; }

    /// <summary>What was done, as told to the citizen.</summary>
    public string? Outcome { get; private set; }

    /// <summary>Whether the complaint was found valid (index 7 of Circular 01/2018 scores 0 then).</summary>
    public bool? Upheld { get; private set; }

    public int Version { get; private set; } = 1;

    public bool Acknowledge(DateTime now, string by)
    {
        if (Status != FollowUpStatus.Open) return false;
        Status = FollowUpStatus.Acknowledged;
        AcknowledgedAt = now;
        AcknowledgedByName = by;
        Version++;
        return true;
    }

    public bool Resolve(DateTime now, string by, string outcome, bool upheld)
    {
        if (Status == FollowUpStatus.Resolved) return false;
        if (AcknowledgedAt is null)
        {
            AcknowledgedAt = now;
            AcknowledgedByName = by;
        }
        Status = FollowUpStatus.Resolved;
        ResolvedAt = now;
        ResolvedByName = by;
        Outcome = outcome;
        Upheld = upheld;
        Version++;
        return true;
    }
}
