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
/// result was ready in the period, how many went end to end through the system (assigned, submitted for signature
/// and handed back to the desk, each step a recorded hand-over) and how many had the return recorded.
/// </summary>
public sealed record UnitAdoption(Unit Unit, int Finished, int EndToEnd, int Returned)
{
    public decimal? EndToEndShare => Finished == 0 ? null : Math.Round((decimal)EndToEnd / Finished, 4);

    public decimal? ReturnedShare => Finished == 0 ? null : Math.Round((decimal)Returned / Finished, 4);
}

public static class SystemAdoption
{
    private sealed record Cell(int UnitId, int Count);

    /// <summary>Every district, lowest end-to-end share first; districts without finished dossiers last (no data, not zero).</summary>
    public static async Task<IReadOnlyList<UnitAdoption>> ByDistrictAsync(OneStopDb db, ReportWindow w, CancellationToken ct)
    {
        var districts = await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.District).OrderBy(u => u.Code).ToListAsync(ct);
        var finished = db.Dossiers.AsNoTracking().Where(d => d.FinishedAt >= w.Start && d.FinishedAt < w.AsAt
            && (d.Status == DossierStatus.ResultReady || d.Status == DossierStatus.Returned));
        var all = await Count(finished, ct);
        // EXISTS stays in WHERE (SQL Server refuses subqueries inside SUM).
        var endToEnd = await Count(finished.Where(d => d.Handovers.Any(h => h.Action == DossierAction.Assign)
            && d.Handovers.Any(h => h.Action == DossierAction.SubmitForApproval) && d.Handovers.Any(h => h.Action == DossierAction.MarkResultReady)), ct);
        var returned = await Count(finished.Where(d => d.ReturnedAt != null && d.ReturnedAt < w.AsAt), ct);
        var units = await db.Units.AsNoTracking().Where(u => all.Keys.Contains(u.Id)).Select(u => new { u.Id, u.Path }).ToListAsync(ct);
        int Sum(Dictionary<int, int> counts, Unit district) =>
            units.Where(u => u.Path.StartsWith(district.Path, StringComparison.Ordinal)).Sum(u => counts.GetValueOrDefault(u.Id));
        return [.. districts.Select(d => new UnitAdoption(d, Sum(all, d), Sum(endToEnd, d), Sum(returned, d)))
            .OrderBy(a => a.EndToEndShare is null).ThenBy(a => a.EndToEndShare).ThenBy(a => a.Unit.Code, StringComparer.Ordinal)];
    }

    private static Task<Dictionary<int, int>> Count(IQueryable<Dossier> q, CancellationToken ct) =>
        q.GroupBy(d => d.ReceivingUnitId).Select(g => new Cell(g.Key, g.Count())).ToDictionaryAsync(c => c.UnitId, c => c.Count, ct);

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
        Field(a => a.Finished).Description("Dossiers whose result was ready in the period.");
        Field(a => a.EndToEnd).Description("Of those, assigned, submitted for signature and handed back with each step recorded.");
        Field(a => a.Returned).Description("Of those, with the return to the applicant recorded.");
        Field(a => a.EndToEndShare, nullable: true).Description("Null when the district finished no dossier (no data, not zero).");
        Field(a => a.ReturnedShare, nullable: true);
    }
}
