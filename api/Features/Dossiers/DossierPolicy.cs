namespace OneStop.Api.Features.Dossiers;

/// <summary>
/// Dossier rules of one procedure version (DOMAIN.md §0: every rule is versioned; §1.2 the pause model is chosen per
/// procedure and rule version). A version without a row uses <see cref="DossierRules"/>. The values are copied onto
/// each dossier at receipt, so a later change never alters a dossier already received.
/// </summary>
public sealed class DossierPolicy
{
    public int ProcedureVersionId { get; init; }
    public PauseEffect SupplementEffect { get; set; }
    public PauseEffect FinancialEffect { get; set; }
    public PauseEffect OtherPauseEffect { get; set; }
    public int MaxReappointments { get; set; }
    public int MaxSupplementRequests { get; set; }
    public int Version { get; set; } = 1;
}

/// <summary>Defaults (<c>Dossiers:Rules</c>) for versions without their own <see cref="DossierPolicy"/>.</summary>
public sealed class DossierRules
{
    // Decree 107/2021: the period restarts once the complete supplement arrives (MED-LOW, DOMAIN.md §1.2).
    public PauseEffect SupplementEffect { get; set; } = PauseEffect.Restart;

    // Time for financial obligations is excluded only where sector law says so (DOMAIN.md §1.4, MED): default runs.
    public PauseEffect FinancialEffect { get; set; } = PauseEffect.None;

    public PauseEffect OtherPauseEffect { get; set; } = PauseEffect.Shift;

    // "Re-appointment not more than once" (61/2018, HIGH); whether 118/2025 keeps it is UNVERIFIED: default 1.
    public int MaxReappointments { get; set; } = 1;

    // "Guide once, in full" (DOMAIN.md §1.2): one supplement request after appraisal; an override needs a reason.
    public int MaxSupplementRequests { get; set; } = 1;

    // The apology goes out at least one (working) day before the deadline (DOMAIN.md §1.5, HIGH).
    public int ApologyLeadWorkingDays { get; set; } = 1;

    // DUE_SOON window for open dossiers, in working days.
    public decimal DueSoonWorkingDays { get; set; } = 1;

    public DossierPolicy For(int versionId, DossierPolicy? own) => own ?? new DossierPolicy
    {
        ProcedureVersionId = versionId,
        SupplementEffect = SupplementEffect,
        FinancialEffect = FinancialEffect,
        OtherPauseEffect = OtherPauseEffect,
        MaxReappointments = MaxReappointments,
        MaxSupplementRequests = MaxSupplementRequests,
    };
}
