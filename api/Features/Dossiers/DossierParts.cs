namespace OneStop.Api.Features.Dossiers;

/// <summary>A document component filed with the dossier (checklist against the procedure's required documents).</summary>
public sealed class DossierDocument
{
    public long Id { get; init; }
    public long DossierId { get; init; }
    public int Ordinal { get; init; }
    public required string Name { get; init; }
    public int Originals { get; init; }
    public int CertifiedCopies { get; init; }
    public int Copies { get; init; }

    /// <summary>Whether the component was digitised (766 indicator 4.2/4.3): set when its scan is attached.</summary>
    public bool Digitised { get; set; }

    /// <summary>SHA-256 id of the attached scan (<c>POST /files</c>), if any.</summary>
    public string? FileId { get; set; }
}

/// <summary>One row of the pause ledger (DOMAIN.md §11.1): any number, each with reason, basis, start, end and effect.</summary>
public sealed class DossierPause
{
    public long Id { get; init; }
    public long DossierId { get; init; }
    public PauseKind Kind { get; init; }
    public PauseEffect Effect { get; init; }
    public required string Reason { get; init; }
    public string? LegalBasis { get; init; }

    /// <summary>What the applicant must add (supplement requests), one item per line, in full (form 02).</summary>
    public string? MissingItems { get; init; }

    public DateTime StartedAt { get; init; }
    public DateTime? EndedAt { get; set; }
    public string? StartedById { get; init; }
    public string? EndedById { get; set; }
}

/// <summary>
/// A hand-over of the file (giao → nhận): one row of the process-control sheet (form 05). The row that closes a step
/// carries that step's result (early / on time / late) against its due time.
/// </summary>
public sealed class DossierHandover
{
    public long Id { get; init; }
    public long DossierId { get; init; }
    public DateTime At { get; init; }
    public DossierAction Action { get; init; }
    public string? ActorId { get; init; }
    public required string ActorName { get; init; }
    public int? FromUnitId { get; init; }
    public int? ToUnitId { get; init; }
    public string? FromOfficerId { get; init; }
    public string? ToOfficerId { get; init; }
    public string? ToOfficerName { get; init; }

    /// <summary>The step that ends with this hand-over (null for the first row from the desk).</summary>
    public int? StepOrdinal { get; init; }

    public DateTime? StepDueAt { get; init; }
    public Lateness? StepResult { get; init; }
    public string? Note { get; init; }
}

/// <summary>Apology letter with a new appointment (form 04; DOMAIN.md §1.5).</summary>
public sealed class DossierApology
{
    public long Id { get; init; }
    public long DossierId { get; init; }
    public DateTime IssuedAt { get; init; }
    public required string Reason { get; init; }
    public int ResponsibleUnitId { get; init; }
    public DateTime PreviousAppointmentAt { get; init; }
    public DateTime NewAppointmentAt { get; init; }
    public string? IssuedById { get; init; }
    public required string IssuedByName { get; init; }
}

/// <summary>Append-only audit trail: who, when, which action, status and national code before and after, JSON snapshots.</summary>
public sealed class DossierAuditEntry
{
    public long Id { get; init; }
    public long DossierId { get; init; }
    public DateTime At { get; init; }
    public string? ActorId { get; init; }
    public required string ActorName { get; init; }
    public DossierAction Action { get; init; }
    public DossierStatus? FromStatus { get; init; }
    public DossierStatus ToStatus { get; init; }
    public int NationalStatusCode { get; init; }
    public required string Before { get; init; }
    public required string After { get; init; }
    public string? Note { get; init; }
}

/// <summary>The receipt-code sequence of one agency on one local day; incremented inside the intake transaction.</summary>
public sealed class DossierCounter
{
    public required string AgencyCode { get; init; }
    public DateOnly Day { get; init; }
    public int LastNumber { get; set; }
}
