using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Dossiers;
using OneStop.Api.Features.Units;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Reports;

/// <summary>
/// System adoption of one district (the province named Nam Trà My and Nam Giang as lagging): of the dossiers whose
/// processing ended in the period with a result or a stop, how many went end to end through the system (assigned, submitted for signature
/// and handed back to the desk, each step a recorded hand-over), how many were entered after the fact by backfill,
/// and how many had the return recorded. <see cref="Rank"/> is 1 for the best end-to-end share.
/// </summary>
public sealed record UnitAdoption(Unit Unit, int Finished, int EndToEnd, int Backfilled, int Returned, int? Rank = null)
{
    public decimal? EndToEndShare => Share(EndToEnd);

    public decimal? BackfilledShare => Share(Backfilled);

    public decimal? ReturnedShare => Share(Returned);

    private decimal? Share(int part) => Finished == 0 ? null : Math.Round((decimal)part / Finished, 4);
}

public static class SystemAdoption
{
    public sealed record Cell(int UnitId, int Count);

    /// <summary>
    /// Every district, lowest end-to-end share first; districts without finished dossiers last (no data, not zero) and
    /// unranked. Ranks are by end-to-end share, then returned share; ties share a rank.
    /// </summary>
    public static async Task<IReadOnlyList<UnitAdoption>> ByDistrictAsync(OneStopDb db, ReportWindow w, CancellationToken ct)
    {
        var districts = await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.District).OrderBy(u => u.Code).ToListAsync(ct);
        var finished = Finished(db.Dossiers.AsNoTracking(), w);
        var all = await Count(finished, ct);
        var endToEnd = await Count(EndToEnd(db, finished), ct);
        var backfilled = await Count(Backfilled(db, finished), ct);
        var returned = await Count(finished.Where(d => d.ReturnedAt != null && d.ReturnedAt < w.AsAt), ct);
        var units = await db.Units.AsNoTracking().Where(u => all.Keys.Contains(u.Id)).Select(u => new { u.Id, u.Path }).ToListAsync(ct);
        int Sum(Dictionary<int, int> counts, Unit district) =>
            units.Where(u => u.Path.StartsWith(district.Path, StringComparison.Ordinal)).Sum(u => counts.GetValueOrDefault(u.Id));
        var rows = districts.Select(d => new UnitAdoption(d, Sum(all, d), Sum(endToEnd, d), Sum(backfilled, d), Sum(returned, d))).ToList();
        var ranked = rows.Where(r => r.Finished > 0).OrderByDescending(r => r.EndToEndShare).ThenByDescending(r => r.ReturnedShare).ToList();
        int RankOf(UnitAdoption r) => 1 + ranked.Count(o => o.EndToEndShare > r.EndToEndShare || (o.EndToEndShare == r.EndToEndShare && o.ReturnedShare > r.ReturnedShare));
        return [.. rows.Select(r => r.Finished > 0 ? r with { Rank = RankOf(r) } : r)
            .OrderBy(a => a.EndToEndShare is null).ThenBy(a => a.EndToEndShare).ThenBy(a => a.Unit.Code, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Dossiers whose processing ended in the period with a result (returned or waiting at the desk) or stopped in the
    /// system: a dossier handled on paper is closed that way, so it must count against the share, not vanish from it.
    /// Refused and withdrawn dossiers are left out (they never reach the signature step).
    /// </summary>
    public static IQueryable<Dossier> Finished(IQueryable<Dossier> dossiers, ReportWindow w) =>
        dossiers.Where(d => d.FinishedAt >= w.Start && d.FinishedAt < w.AsAt
            && (d.Status == DossierStatus.ResultReady || d.Status == DossierStatus.Returned || d.Status == DossierStatus.Stopped));

    /// <summary>
    /// Every step recorded as it happened: the import replays the same hand-overs, so backfilled dossiers are left out.
    /// EXISTS stays in WHERE (SQL Server refuses subqueries inside SUM).
    /// </summary>
    public static IQueryable<Dossier> EndToEnd(OneStopDb db, IQueryable<Dossier> finished) =>
        finished.Where(d => d.Handovers.Any(h => h.Action == DossierAction.Assign)
            && d.Handovers.Any(h => h.Action == DossierAction.SubmitForApproval) && d.Handovers.Any(h => h.Action == DossierAction.MarkResultReady)
            && !db.DossierAuditEntries.Any(a => a.DossierId == d.Id && a.Note == DossierImport.Note));

    /// <summary>Entered after the fact by <c>importDossiers</c>: its replayed steps carry the backfill note.</summary>
    public static IQueryable<Dossier> Backfilled(OneStopDb db, IQueryable<Dossier> finished) =>
        finished.Where(d => db.DossierAuditEntries.Any(a => a.DossierId == d.Id && a.Note == DossierImport.Note));

    public static IQueryable<Cell> Counts(IQueryable<Dossier> q) => q.GroupBy(d => d.ReceivingUnitId).Select(g => new Cell(g.Key, g.Count()));

    private static Task<Dictionary<int, int>> Count(IQueryable<Dossier> q, CancellationToken ct) =>
        Counts(q).ToDictionaryAsync(c => c.UnitId, c => c.Count, ct);

    public static void AddAdoptionQuery(this Query query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitAdoptionGraphType>>>, IReadOnlyList<UnitAdoption>>("systemAdoption")
            .Description("Per district: share of finished dossiers handled end to end in the system and share with the return recorded; lagging first.")
            .AuthorizeWithPolicy(Policies.Supervisor)
            .Argument<NonNullGraphType<DateScalar>>("from")
            .Argument<NonNullGraphType<DateScalar>>("to")
            .ResolveAsync(async c =>
            {
                var (from, to) = (c.GetArgument<DateOnly>("from"), c.GetArgument<DateOnly>("to"));
                ReportQueries.CheckRange(from, to);
                var w = ReportWindow.Of(from, to, c.Service<TimeProvider>().GetUtcNow().UtcDateTime);
                var viewer = c.Viewer();
                var rows = await ByDistrictAsync(c.Service<OneStopDb>(), w, c.CancellationToken);
                return [.. rows.Where(r => viewer.CanSeeUnitPath(r.Unit.Path))];
            });
}

public sealed class UnitAdoptionGraphType : ObjectGraphType<UnitAdoption>
{
    public UnitAdoptionGraphType()
    {
        Name = "UnitAdoption";
        Field<NonNullGraphType<UnitGraphType>>("unit").Resolve(c => c.Source.Unit);
        Field(a => a.Finished).Description("Dossiers whose processing ended in the period with a result or stopped (paper handling stops them).");
        Field(a => a.EndToEnd).Description("Of those, assigned, submitted for signature and handed back with each step recorded.");
        Field(a => a.Backfilled).Description("Of those, entered after the fact by backfill (importDossiers) instead of handled in the system.");
        Field(a => a.Returned).Description("Of those, with the return to the applicant recorded.");
        Field(a => a.EndToEndShare, nullable: true).Description("Null when the district finished no dossier (no data, not zero).");
        Field(a => a.BackfilledShare, nullable: true);
        Field(a => a.ReturnedShare, nullable: true);
        Field(a => a.Rank, nullable: true).Description("1 = highest end-to-end share (then returned share); ties share a rank; null without data.");
    }
}
