using OneStop.Api.Features.Calendar;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.GraphQL;
using OneStop.Api.Infrastructure.Text;

namespace OneStop.Api.Features.Dossiers;

/// <summary>What <c>dossiers(where:)</c> accepts.</summary>
public sealed record DossierFilter(
    IReadOnlyList<DossierStatus>? Status = null,
    DeadlineState? DeadlineState = null,
    string? UnitCode = null,
    string? ProcedureCode = null,
    string? FieldCode = null,
    IntakeChannel? Channel = null,
    DateOnly? ReceivedFrom = null,
    DateOnly? ReceivedTo = null,
    DateOnly? AppointmentFrom = null,
    DateOnly? AppointmentTo = null,
    bool? Mine = null,
    string? Search = null,
    bool? HasViolation = null);

public enum DossierOrder
{
    ReceivedNewest,
    ReceivedOldest,
    AppointmentSoonest,
    Code,
}

/// <summary>
/// Every dossier query in one place, so the SQL Server translation test can print each (<c>ToQueryString</c>).
/// Scoping is part of the query (DOMAIN.md §11.1): a dossier is visible in the subtree of the unit that received it
/// and of the unit that holds it now; admins, inspectors and analysts see the province.
/// </summary>
public static class DossierRepository
{
    public static readonly Keyset<Dossier, DateTime> ByReceivedNewest = new(d => d.ReceivedAt, d => d.Id, descending: true);
    public static readonly Keyset<Dossier, DateTime> ByReceivedOldest = new(d => d.ReceivedAt, d => d.Id);
    public static readonly Keyset<Dossier, DateTime> ByAppointment = new(d => d.AppointmentAt ?? DateTime.MaxValue, d => d.Id);
    public static readonly Keyset<Dossier, string> ByCode = new(d => d.Code, d => d.Id);

    public static IQueryable<Dossier> VisibleTo(IQueryable<Dossier> dossiers, Viewer viewer) =>
        viewer.IsProvinceWide ? dossiers
        : viewer.UnitPath is { } path ? dossiers.Where(d => d.ReceivingUnitPath.StartsWith(path) || d.CurrentUnitPath.StartsWith(path))
        : dossiers.Where(_ => false);

    /// <summary>
    /// Filters; <paramref name="now"/>, <paramref name="today"/> and <paramref name="dueSoonLimit"/> come from the clock and
    /// calendar so the deadline state is decided in SQL the way <see cref="DossierDeadlines.State"/> decides it.
    /// </summary>
    public static IQueryable<Dossier> Filter(OneStopDb db, IQueryable<Dossier> q, DossierFilter f, string? viewerId, DateTime now, DateOnly today, DateTime dueSoonLimit)
    {
        if (f.Status is { Count: > 0 } statuses) q = q.Where(d => statuses.Contains(d.Status));
        if (f.UnitCode is { } unitCode)
        {
            var path = db.Units.Where(u => u.Code == unitCode).Select(u => u.Path);
            q = q.Where(d => path.Any(p => d.ReceivingUnitPath.StartsWith(p) || d.CurrentUnitPath.StartsWith(p)));
        }
        if (f.ProcedureCode is { } procedure) q = q.Where(d => d.ProcedureCode == procedure);
        if (f.FieldCode is { } field) q = q.Where(d => db.ProcedureFields.Any(x => x.Id == d.FieldId && x.Code == field));
        if (f.Channel is { } channel) q = q.Where(d => d.Channel == channel);
        if (f.ReceivedFrom is { } rf) q = q.Where(d => d.ReceivedOn >= rf);
        if (f.ReceivedTo is { } rt) q = q.Where(d => d.ReceivedOn <= rt);
        if (f.AppointmentFrom is { } af) q = q.Where(d => d.DueDate >= af);
        if (f.AppointmentTo is { } at) q = q.Where(d => d.DueDate <= at);
        if (f.Mine == true) q = viewerId is null ? q.Where(_ => false) : q.Where(d => d.AssigneeId == viewerId);
        if (f.HasViolation is { } v) q = v ? q.Where(d => d.Violation != DossierViolation.None) : q.Where(d => d.Violation == DossierViolation.None);
        if (!string.IsNullOrWhiteSpace(f.Search))
        {
            var folded = VietnameseText.Fold(f.Search);
            q = q.Where(d => d.SearchText.Contains(folded));
        }
        if (f.DeadlineState is { } state) q = ByDeadlineState(q, state, now, today, dueSoonLimit);
        return q;
    }

    private static IQueryable<Dossier> ByDeadlineState(IQueryable<Dossier> q, DeadlineState state, DateTime now, DateOnly today, DateTime dueSoonLimit)
    {
        var open = new[] { DossierStatus.Received, DossierStatus.InProcess, DossierStatus.AwaitingApproval, DossierStatus.Approved };
        var paused = new[] { DossierStatus.SupplementRequested, DossierStatus.Paused };
        // A pause that stops the clock keeps the dossier within its deadline; a NONE pause lets it run.
        var running = q.Where(d => open.Contains(d.Status) || (paused.Contains(d.Status) && d.OpenPauseEffect == PauseEffect.None));
        var overdue = running.Where(d => d.ProcessingUnit == TimeUnit.WorkingHours ? d.AppointmentAt < now : d.DueDate < today);
        return state switch
        {
            DeadlineState.Early => q.Where(d => d.Lateness == Lateness.Early),
            DeadlineState.OnTime => q.Where(d => d.Lateness == Lateness.OnTime),
            DeadlineState.Late => q.Where(d => d.Lateness == Lateness.Late),
            DeadlineState.Overdue => overdue,
            DeadlineState.DueSoon => running.Where(d => !(d.ProcessingUnit == TimeUnit.WorkingHours ? d.AppointmentAt < now : d.DueDate < today)
                && d.AppointmentAt <= dueSoonLimit),
            _ => q.Where(d => (paused.Contains(d.Status) && d.OpenPauseEffect != PauseEffect.None)
                || ((open.Contains(d.Status) || (paused.Contains(d.Status) && d.OpenPauseEffect == PauseEffect.None)) && d.AppointmentAt > dueSoonLimit)),
        };
    }

    public static IQueryable<Dossier> Ordered(IQueryable<Dossier> q, DossierOrder order) => order switch
    {
        DossierOrder.ReceivedOldest => ByReceivedOldest.Order(q),
        DossierOrder.AppointmentSoonest => ByAppointment.Order(q),
        DossierOrder.Code => ByCode.Order(q),
        _ => ByReceivedNewest.Order(q),
    };
}
