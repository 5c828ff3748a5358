using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.Errors;
using OneStop.Api.Infrastructure.Events;

namespace OneStop.Api.Features.Dossiers;

/// <summary>Published after a dossier changed (committed); subscribers and deadline alerts re-read it.</summary>
public sealed record DossierChanged(long DossierId, string Code);

/// <summary>Result of one action: the dossier after it, or the errors.</summary>
public sealed record DossierPayload(Dossier? Dossier, IReadOnlyList<DomainError> Errors);

/// <summary>
/// Runs one business action on one dossier: scope check (the viewer's unit subtree), role check, optimistic
/// concurrency (<c>expectedVersion</c> and the stored <see cref="Dossier.Version"/> token), the entity's own rules, the
/// append-only audit entry, one SaveChanges (one transaction), then the <see cref="DossierChanged"/> event.
/// </summary>
public sealed class DossierWorkflow(OneStopDb db, DossierDeadlines deadlines, TimeProvider clock, IEventBus events)
{
    public static string Topic(string code) => $"dossier:{code}";

    public const string AllTopic = "dossiers";

    public static Actor ActorOf(Viewer viewer) =>
        new(viewer.UserId, viewer.Principal.FindFirstValue(Viewer.FullNameClaim) ?? viewer.Principal.Identity?.Name ?? "?", viewer.UnitId);

    /// <summary>Loads the dossier the viewer may act on (tracked, with its pause ledger and apologies), or null.</summary>
    public Task<Dossier?> LoadAsync(Viewer viewer, string code, CancellationToken ct) =>
        DossierRepository.VisibleTo(db.Dossiers, viewer).Include(d => d.Pauses).Include(d => d.Apologies).AsSplitQuery()
            .SingleOrDefaultAsync(d => d.Code == code, ct);

    public async Task<DossierPayload> RunAsync(Viewer viewer, string code, int expectedVersion, DossierAction action, IReadOnlyList<string> roles,
        Func<Dossier, Actor, DateTime, Task<DomainError?>> apply, CancellationToken ct, string? note = null)
    {
        var dossier = await LoadAsync(viewer, code, ct);
        if (dossier is null) return new(null, [new NotFoundError("hồ sơ " + code)]);
        if (!roles.Any(viewer.IsInRole)) return new(null, [new RoleNotAllowedError(action.ToString(), string.Join(", ", roles))]);
        if (dossier.CheckVersion(expectedVersion) is { } stale) return new(null, [stale]);
        var before = DossierAudit.Snapshot(dossier);
        var from = dossier.Status;
        var actor = ActorOf(viewer);
        var now = clock.GetUtcNow().UtcDateTime;
        if (await apply(dossier, actor, now) is { } error) return new(null, [error]);
        dossier.Touch();
        dossier.AuditEntries.Add(DossierAudit.Entry(dossier, action, from, before, now, actor, note));
        // In the same transaction: the deadline scanner looks at the changed dossier at its next tick on whichever instance
        // scans first, even if the DossierChanged event is late or lost (Redis down, an instance restarting).
        if (await db.DeadlineWatches.FindAsync([dossier.Id], ct) is { } watch && (watch.NextCheckAt is null || watch.NextCheckAt > now)) watch.NextCheckAt = now;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Dossiers.AsNoTracking().Where(d => d.Id == dossier.Id).Select(d => d.Version).SingleAsync(ct);
            return new(null, [new ConcurrencyConflictError(current)]);
        }
        await PublishAsync(dossier, ct);
        return new(dossier, []);
    }

    public async Task PublishAsync(Dossier dossier, CancellationToken ct)
    {
        var changed = new DossierChanged(dossier.Id, dossier.Code);
        await events.PublishAsync(Topic(dossier.Code), changed, ct);
        await events.PublishAsync(AllTopic, changed, ct);
    }

    /// <summary>Re-derives the appointment after the pause ledger changed.</summary>
    public void Recompute(Dossier d) => deadlines.Recompute(d);
}
