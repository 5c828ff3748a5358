using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Calendar;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Dossiers;

/// <summary>An officer's open work: dossiers assigned, steps running, and what is past its due time.</summary>
public sealed record OfficerWorkload(string OfficerId, int OpenDossiers, int OpenSteps, int OverdueSteps, int OverdueDossiers)
{
    public static OfficerWorkload None(string officerId) => new(officerId, 0, 0, 0, 0);

    private static readonly DossierStatus[] Open =
        [DossierStatus.Received, DossierStatus.InProcess, DossierStatus.SupplementRequested, DossierStatus.Paused, DossierStatus.AwaitingApproval, DossierStatus.Approved];

    private static readonly DossierStatus[] Running = [DossierStatus.Received, DossierStatus.InProcess, DossierStatus.AwaitingApproval, DossierStatus.Approved];

    /// <summary>
    /// One grouped statement for every officer of the batch. A step is overdue when it runs (not paused) past its due
    /// time; a dossier is overdue as <c>deadlineState: OVERDUE</c> decides (a pause that stops the clock keeps it in time).
    /// </summary>
    public static IQueryable<OfficerWorkload> Of(OneStopDb db, IReadOnlyCollection<string> officerIds, DateTime now, DateOnly today) =>
        db.Dossiers.Where(d => d.AssigneeId != null && officerIds.Contains(d.AssigneeId) && Open.Contains(d.Status))
            .GroupBy(d => d.AssigneeId!)
            .Select(g => new OfficerWorkload(g.Key,
                g.Count(),
                g.Count(d => d.CurrentStep != null),
                g.Count(d => d.CurrentStep != null && Running.Contains(d.Status) && d.CurrentStepDueAt < now),
                g.Count(d => (Running.Contains(d.Status) || d.OpenPauseEffect == PauseEffect.None)
                    && (d.ProcessingUnit == TimeUnit.WorkingHours ? d.AppointmentAt < now : d.DueDate < today))));
}

/// <summary>Workloads by officer (user id), one statement per batch; officers with no open work get zeros.</summary>
public sealed class OfficerWorkloadLoader(OneStopDb db, TimeProvider clock) : BatchLoader<string, OfficerWorkload>
{
    protected override async Task<IReadOnlyDictionary<string, OfficerWorkload>> FetchAsync(IReadOnlyList<string> keys, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await OfficerWorkload.Of(db, keys, now, DossierClock.LocalDate(now)).AsNoTracking().ToListAsync(ct);
        var found = rows.ToDictionary(w => w.OfficerId);
        return keys.ToDictionary(k => k, k => found.GetValueOrDefault(k) ?? OfficerWorkload.None(k));
    }
}

public sealed class OfficerWorkloadGraphType : ObjectGraphType<OfficerWorkload>
{
    public OfficerWorkloadGraphType()
    {
        Name = "OfficerWorkload";
        Description = "An officer's open work, counted now.";
        Field(w => w.OpenDossiers).Description("Open dossiers assigned to the officer.");
        Field(w => w.OpenSteps).Description("Of those, dossiers with a processing step in the officer's hands.");
        Field(w => w.OverdueSteps).Description("Steps running past their due time.");
        Field(w => w.OverdueDossiers).Description("Assigned dossiers past their legal deadline.");
    }
}
