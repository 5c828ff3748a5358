using OneStop.Api.Infrastructure.Errors;

namespace OneStop.Api.Features.Procedures;

/// <summary>
/// An administrative procedure (TTHC) with its stable national code (<c>1.001612</c>) and its versions. All changes
/// go through this aggregate: editing a published procedure opens a draft, publishing closes the previous window,
/// retiring keeps history. <see cref="Revision"/> guards concurrent edits of any version.
/// </summary>
public sealed class Procedure
{
    public int Id { get; init; }
    public required string Code { get; init; }
    public PortalSyncState SyncState { get; private set; } = PortalSyncState.NotSynced;
    public DateTime? LastSyncedAt { get; private set; }

    /// <summary>Optimistic concurrency token, incremented by every change to the procedure or one of its versions.</summary>
    public int Revision { get; private set; } = 1;

    public List<ProcedureVersion> Versions { get; init; } = [];

    public ProcedureVersion? Draft => Versions.SingleOrDefault(v => v.Status == ProcedureStatus.Draft);

    public ProcedureVersion? InForceOn(DateOnly day) => Versions.SingleOrDefault(v => v.IsInForceOn(day));

    public static (Procedure? Procedure, DomainError? Error) Create(string code)
    {
        code = code.Trim();
        if (!ProcedureVersion.IsValidCode(code))
            return (null, new ValidationError("code", "Mã thủ tục không hợp lệ (ví dụ 1.001612).", "The procedure code is invalid (e.g. 1.001612)."));
        return (new Procedure { Code = code }, null);
    }

    /// <summary>Edits the open draft, or opens one (the next number) when the procedure has none.</summary>
    public (ProcedureVersion? Draft, IReadOnlyList<DomainError> Errors) EditDraft(ProcedureContent content, int expectedRevision, int? number = null)
    {
        if (expectedRevision != Revision) return (null, [new ConcurrencyConflictError(Revision)]);
        var draft = Draft;
        var isNew = draft is null;
        draft ??= new ProcedureVersion { Code = Code, Number = number ?? (Versions.Count == 0 ? 1 : Versions.Max(v => v.Number) + 1) };
        if (isNew && Versions.Any(v => v.Number == draft.Number))
            return (null, [new ValidationError("number", $"Phiên bản {draft.Number} đã tồn tại.", $"Version {draft.Number} already exists.")]);
        var errors = draft.Apply(content);
        if (errors.Count > 0) return (null, errors);
        if (isNew) Versions.Add(draft);
        Revision++;
        return (draft, []);
    }

    /// <summary>
    /// Publishes the draft from <paramref name="effectiveFrom"/> and closes the previous version's window on that day.
    /// Refused when a legal basis is not in force on that day. Publication is never retroactive (dossiers already
    /// received stay on the old version), except for imports of the national catalogue's history.
    /// </summary>
    public (ProcedureVersion? Published, IReadOnlyList<DomainError> Errors) Publish(DateOnly effectiveFrom, int expectedRevision, DateOnly today, bool allowPast = false)
    {
        if (expectedRevision != Revision) return (null, [new ConcurrencyConflictError(Revision)]);
        if (Draft is not { } draft)
            return (null, [new ValidationError("code", "Thủ tục không có bản dự thảo để công bố.", "The procedure has no draft to publish.")]);
        if (!allowPast && effectiveFrom < today)
            return (null, [new ValidationError("effectiveFrom", "Ngày có hiệu lực không được trước hôm nay.", "The effective date cannot be in the past.")]);
        if (Versions.Any(v => v.Status != ProcedureStatus.Draft && v.EffectiveFrom >= effectiveFrom))
            return (null, [new ValidationError("effectiveFrom", "Ngày có hiệu lực phải sau ngày có hiệu lực của phiên bản trước.", "The effective date must be after the previous version's.")]);
        var expired = draft.LegalBases.Select(b => b.LegalDocument!).Where(d => !d.IsInForceOn(effectiveFrom)).ToList();
        if (expired.Count > 0) return (null, [new CitesExpiredLawError(expired, effectiveFrom)]);
        foreach (var open in Versions.Where(v => v.Status == ProcedureStatus.Published && (v.EffectiveTo is null || v.EffectiveTo > effectiveFrom)))
            open.CloseWindow(effectiveFrom);
        draft.Publish(effectiveFrom);
        if (SyncState == PortalSyncState.Synced) SyncState = PortalSyncState.OutOfDate;
        Revision++;
        return (draft, []);
    }

    /// <summary>Retires the procedure from <paramref name="effectiveTo"/>: the version in force closes, history stays.</summary>
    public (ProcedureVersion? Retired, IReadOnlyList<DomainError> Errors) Retire(DateOnly effectiveTo, int expectedRevision, DateOnly today)
    {
        if (expectedRevision != Revision) return (null, [new ConcurrencyConflictError(Revision)]);
        var current = Versions.Where(v => v.Status == ProcedureStatus.Published && (v.EffectiveTo is null || v.EffectiveTo > effectiveTo))
            .MaxBy(v => v.Number);
        if (current is null)
            return (null, [new ValidationError("code", "Thủ tục không có phiên bản đang hiệu lực để bãi bỏ.", "The procedure has no published version to retire.")]);
        if (effectiveTo < today || effectiveTo <= current.EffectiveFrom)
            return (null, [new ValidationError("effectiveTo", "Ngày bãi bỏ phải từ hôm nay và sau ngày có hiệu lực.", "The retirement date must be today or later and after the effective date.")]);
        current.Retire(effectiveTo);
        if (SyncState == PortalSyncState.Synced) SyncState = PortalSyncState.OutOfDate;
        Revision++;
        return (current, []);
    }

    /// <summary>The national catalogue now shows what we publish.</summary>
    public void MarkSynced(DateTime at)
    {
        SyncState = PortalSyncState.Synced;
        LastSyncedAt = at;
    }
}
