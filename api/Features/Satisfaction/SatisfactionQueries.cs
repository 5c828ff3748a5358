using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Dossiers;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Satisfaction;

public static class SatisfactionQueries
{
    public static void AddSatisfactionQueries(this Query query)
    {
        query.Field<DossierEvaluationGraphType, DossierEvaluation?>("dossierRating")
            .Description("A dossier's rating, its nine Circular 01/2018 indices and its follow-ups. Officers: dossiers of their units; anyone else: with the phone's last four digits.")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .Argument<StringGraphType>("phoneLast4")
            .ResolveAsync(async c =>
            {
                var db = c.Service<OneStopDb>();
                var viewer = c.Viewer();
                var code = c.GetArgument<string>("code").Trim();
                var last4 = c.GetArgument<string?>("phoneLast4")?.Trim();
                var officer = viewer.IsAuthenticated;
                Dossier? d = null;
                if (officer) d = await DossierRepository.VisibleTo(db.Dossiers.AsNoTracking(), viewer).SingleOrDefaultAsync(x => x.Code == code, c.CancellationToken);
                if (d is null && last4 is { Length: 4 })
                {
                    d = await db.Dossiers.AsNoTracking().SingleOrDefaultAsync(x => x.Code == code && x.PhoneLast4 == last4, c.CancellationToken);
                    officer = false;
                }
                return d is null ? null : await EvaluateAsync(c, d, officer);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FollowUpGraphType>>>, IReadOnlyList<FollowUpView>>("followUps")
            .Description("The follow-up inbox: the viewer's units (the province for admins, inspectors and analysts), newest first, at most `first` (≤ 200).")
            .AuthorizeWithPolicy(Policies.Authenticated)
            .Argument<FollowUpFilterGraphType>("where")
            .Argument<IntGraphType>("first")
            .ResolveAsync(async c =>
            {
                var db = c.Service<OneStopDb>();
                var viewer = c.Viewer();
                var f = c.GetArgument<FollowUpFilter?>("where") ?? new FollowUpFilter();
                var q = VisibleFollowUps(db, viewer);
                if (f.Status is { } s) q = q.Where(x => x.Status == s);
                if (f.UnitCode is { } unitCode)
                {
                    var path = db.Units.Where(u => u.Code == unitCode).Select(u => u.Path);
                    q = q.Where(x => path.Any(p => x.UnitPath.StartsWith(p)));
                }
                if (f.Mine == true) q = q.Where(x => x.AssigneeId == viewer.UserId);
                var first = Math.Clamp(c.GetArgument<int?>("first") ?? 50, 1, 200);
                var rows = await q.OrderByDescending(x => x.OpenedAt).ThenByDescending(x => x.Id).Take(first)
                    .Join(db.Dossiers, x => x.DossierId, d => d.Id, (x, d) => new { x, d.Code }).ToListAsync(c.CancellationToken);
                var today = DossierClock.LocalDate(c.Service<TimeProvider>().GetUtcNow().UtcDateTime);
                return rows.Select(r => new FollowUpView(r.x, r.Code, true, today)).ToList();
            });
    }

    public static IQueryable<FollowUp> VisibleFollowUps(OneStopDb db, Viewer viewer) =>
        viewer.IsProvinceWide ? db.FollowUps.AsNoTracking()
        : viewer.UnitPath is { } path ? db.FollowUps.AsNoTracking().Where(f => f.UnitPath.StartsWith(path))
        : db.FollowUps.AsNoTracking().Where(_ => false);

    public static async Task<DossierEvaluation> EvaluateAsync(IResolveFieldContext c, Dossier d, bool officer)
    {
        var db = c.Service<OneStopDb>();
        var ct = c.CancellationToken;
        var rating = await db.DossierRatings.AsNoTracking().SingleOrDefaultAsync(r => r.DossierId == d.Id, ct);
        var handovers = await db.DossierHandovers.AsNoTracking().Where(h => h.DossierId == d.Id).ToListAsync(ct);
        var followUps = await db.FollowUps.AsNoTracking().Where(f => f.DossierId == d.Id).OrderBy(f => f.Id).ToListAsync(ct);
        var version = await db.ProcedureVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Id == d.ProcedureVersionId, ct);
        var today = DossierClock.LocalDate(c.Service<TimeProvider>().GetUtcNow().UtcDateTime);
        return new DossierEvaluation(d.Code, rating is null ? null : new RatingView(rating, officer), DossierIndices.Compute(d, handovers, followUps, version, today),
            followUps.Select(f => new FollowUpView(f, d.Code, officer, today)).ToList());
    }
}
