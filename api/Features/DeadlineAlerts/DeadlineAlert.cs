namespace OneStop.Api.Features.DeadlineAlerts;

public enum DeadlineAlertKind
{
    // The dossier (step 0) or its current step entered its warning window.
    DueSoon,
    StepOverdue,
    Overdue,

    // Late risk and no apology yet, while the apology is still lawful (DOMAIN.md §1.5: one working day before).
    ApologyRequired,

    // The applicant has not brought the requested supplement within the configured period.
    SupplementOverdue,

    // The result went back late and no apology was ever issued (a violation, DOMAIN.md §1.5).
    ReturnWithoutApology,
}

/// <summary>
/// One alert, stored once per dossier, kind, step and deadline value (the unique key), so any number of API instances
/// may scan at the same time. When the deadline moves, the open alert is closed and the new value can fire
/// (DOMAIN.md §11.1, re-arming).
/// </summary>
public sealed class DeadlineAlert
{
    public long Id { get; init; }
    public long DossierId { get; init; }
    public required string DossierCode { get; init; }
    public DeadlineAlertKind Kind { get; init; }

    /// <summary>0 for the whole dossier, else the step's ordinal.</summary>
    public int Step { get; init; }

    /// <summary>The deadline value the alert is about (appointment, step due time, supplement due time).</summary>
    public DateTime DueAt { get; init; }

    public DateTime RaisedAt { get; init; }

    /// <summary>Set when the deadline moved or the dossier stopped running: the alert is history.</summary>
    public DateTime? ClosedAt { get; set; }

    public DateTime? AcknowledgedAt { get; private set; }
    public string? AcknowledgedById { get; private set; }
    public string? AcknowledgedByName { get; private set; }

    /// <summary>First acknowledgement wins; acknowledging again changes nothing.</summary>
    public void Acknowledge(DateTime now, string? userId, string name)
    {
        if (AcknowledgedAt is not null) return;
        AcknowledgedAt = now;
        AcknowledgedById = userId;
        AcknowledgedByName = name;
    }
}

/// <summary>
/// The scanner's timer per dossier: when it must look at the dossier again (indexed), so a tick reads only the
/// dossiers whose next threshold has passed instead of every open dossier.
/// </summary>
public sealed class DeadlineWatch
{
    public long DossierId { get; init; }
    public DateTime? NextCheckAt { get; set; }

    /// <summary>The dossier version last evaluated; a mismatch after a restart means a change was missed.</summary>
    public int DossierVersion { get; set; }
}

/// <summary>An alert row inserted (by the instance whose insert won).</summary>
public sealed record DeadlineAlertRaised(long AlertId, long DossierId, DeadlineAlertKind Kind);

/// <summary>
/// The alerts one scan transaction inserted, published as one event after the commit: a burst is one bus message (one
/// Redis message) whose alerts every instance fans out together, so each subscriber's frames of the burst leave in one write.
/// </summary>
public sealed record DeadlineAlertsRaised(IReadOnlyList<DeadlineAlertRaised> Alerts);
