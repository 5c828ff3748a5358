using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Dossiers;
using OneStop.Api.Features.Surveys;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Satisfaction;

public sealed record SatisfactionInput(DateOnly From, DateOnly To, string? UnitCode);

/// <summary>Counts of one unit (or the whole scope) over the period: ratings, returned dossiers and follow-ups.</summary>
public sealed record UnitSatisfaction(string? UnitCode, string? UnitName, int VerySatisfied, int Satisfied, int NotSatisfied, int Returned, int Late,
    int DislikedOrFollowedUp, int FollowUps, int FollowUpsOverdue)
{
    public int Ratings => VerySatisfied + Satisfied + NotSatisfied;

    public Share SatisfiedShare => Share.Wilson(VerySatisfied + Satisfied, Ratings);

    /// <summary>766 indicator 5.4 (DOMAIN.md §4.2, HIGH): 100% − (% late + % with a PAKN or a dislike), over returned dossiers; null without dossiers.</summary>
    public double? TthcSatisfaction => Returned == 0 ? null : Math.Round(Math.Max(0, 1 - (double)Late / Returned - (double)DislikedOrFollowedUp / Returned), 4);

    /// <summary>766 indicator 5.3: (total − dissatisfied or overdue) ÷ total; only overdue is known here (no satisfaction with the answer is collected).</summary>
    public double? FollowUpSatisfaction => FollowUps == 0 ? null : Math.Round((double)(FollowUps - FollowUpsOverdue) / FollowUps, 4);
}

public sealed record SatisfactionReport(DateOnly From, DateOnly To, IReadOnlyList<UnitSatisfaction> Units, UnitSatisfaction Total, IReadOnlyList<SurveyResults> Sipas);

public static class SatisfactionReportQuery
{
    public static void AddSatisfactionReport(this Query query) =>
        query.Field<SatisfactionReportGraphType, SatisfactionReport?>("satisfaction")
            .Description("Per-dossier rating shares, Decision 766 satisfaction indicators and SIPAS results for the viewer's units; null values mean no data.")
            .AuthorizeWithPolicy(Policies.Authenticated)
            .Argument<NonNullGraphType<SatisfactionInputGraphType>>("input")
            .ResolveAsync(async c => await BuildAsync(c, c.GetArgument<SatisfactionInput>("input")));

    private static async Task<SatisfactionReport?> BuildAsync(IResolveFieldContext c, SatisfactionInput i)
    {
        var db = c.Service<OneStopDb>();
        var viewer = c.Viewer();
        var ct = c.CancellationToken;
        string? scope = viewer.IsProvinceWide ? "" : viewer.UnitPath;
        if (scope is null) return null;
        if (i.UnitCode is { } code)
        {
            var path = await db.Units.Where(u => u.Code == code).Select(u => u.Path).SingleOrDefaultAsync(ct);
            if (path is null || !viewer.CanSeeUnitPath(path)) return null;
            scope = path;
        }
        var fromUtc = i.From.ToDateTime(TimeOnly.MinValue) - DossierClock.Offset;
        var toUtc = i.To.AddDays(1).ToDateTime(TimeOnly.MinValue) - DossierClock.Offset;
        var today = DossierClock.LocalDate(c.Service<TimeProvider>().GetUtcNow().UtcDateTime);

        var ratings = await db.DossierRatings.AsNoTracking().Where(r => r.UnitPath.StartsWith(scope) && r.ReturnedOn >= i.From && r.ReturnedOn <= i.To)
            .GroupBy(r => new { r.UnitId, r.Level }).Select(g => new { g.Key.UnitId, g.Key.Level, N = g.Count() }).ToListAsync(ct);
        var returned = db.Dossiers.AsNoTracking().Where(d => d.ReceivingUnitPath.StartsWith(scope) && d.ReturnedAt >= fromUtc && d.ReturnedAt < toUtc);
        // Narrow projections grouped in memory: the correlated checks stay simple SQL on both providers.
        var dossierRows = await returned.Select(d => new
        {
            UnitId = d.ReceivingUnitId,
            Late = d.Lateness == Lateness.Late,
            Disliked = db.DossierRatings.Any(r => r.DossierId == d.Id && r.Level == RatingLevel.NotSatisfied) || db.FollowUps.Any(f => f.DossierId == d.Id),
        }).ToListAsync(ct);
        var dossiers = dossierRows.GroupBy(d => d.UnitId)
            .Select(g => new { UnitId = g.Key, N = g.Count(), Late = g.Count(d => d.Late), Disliked = g.Count(d => d.Disliked) }).ToList();
        var followUpRows = await db.FollowUps.AsNoTracking().Where(f => f.UnitPath.StartsWith(scope) && f.OpenedAt >= fromUtc && f.OpenedAt < toUtc)
            .Select(f => new { f.UnitId, f.ResolveBy, f.ResolvedAt }).ToListAsync(ct);
        var followUps = followUpRows.GroupBy(f => f.UnitId).Select(g => new
        {
            UnitId = g.Key,
            N = g.Count(),
            Overdue = g.Count(f => f.ResolvedAt is { } r ? DossierClock.LocalDate(r) > f.ResolveBy : today > f.ResolveBy),
        }).ToList();

        var unitIds = ratings.Select(r => r.UnitId).Concat(dossiers.Select(d => d.UnitId)).Concat(followUps.Select(f => f.UnitId)).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        UnitSatisfaction Row(int? unitId)
        {
            bool In(int id) => unitId is null || id == unitId;
            int Level(RatingLevel l) => ratings.Where(r => In(r.UnitId) && r.Level == l).Sum(r => r.N);
            var unit = unitId is { } id && units.TryGetValue(id, out var u) ? u : null;
            return new UnitSatisfaction(unit?.Code, unit?.Name, Level(RatingLevel.VerySatisfied), Level(RatingLevel.Satisfied), Level(RatingLevel.NotSatisfied),
                dossiers.Where(d => In(d.UnitId)).Sum(d => d.N), dossiers.Where(d => In(d.UnitId)).Sum(d => d.Late), dossiers.Where(d => In(d.UnitId)).Sum(d => d.Disliked),
                followUps.Where(f => In(f.UnitId)).Sum(f => f.N), followUps.Where(f => In(f.UnitId)).Sum(f => f.Overdue));
        }

        var campaigns = await db.SurveyCampaigns.AsNoTracking().Where(x => x.UnitPath.StartsWith(scope) && x.PeriodTo >= i.From && x.PeriodFrom <= i.To)
            .OrderBy(x => x.UnitPath).ThenByDescending(x => x.PeriodFrom).Take(50).ToListAsync(ct);
        var service = c.Service<SurveyService>();
        var sipas = new List<SurveyResults>();
        foreach (var campaign in campaigns) sipas.Add(await service.ResultsAsync(campaign, ct));
        return new SatisfactionReport(i.From, i.To, unitIds.OrderBy(id => units.TryGetValue(id, out var u) ? u.Path : "").Select(id => Row(id)).ToList(), Row(null), sipas);
    }
}

public sealed class SatisfactionInputGraphType : InputObjectGraphType<SatisfactionInput>
{
    public SatisfactionInputGraphType()
    {
        Name = "SatisfactionInput";
        Field<NonNullGraphType<DateScalar>>("from").Description("Local day, inclusive (return day for ratings and dossiers).");
        Field<NonNullGraphType<DateScalar>>("to");
        Field(i => i.UnitCode, nullable: true).Description("A unit and its sub-units; default the viewer's scope.");
    }
}

public sealed class UnitSatisfactionGraphType : ObjectGraphType<UnitSatisfaction>
{
    public UnitSatisfactionGraphType()
    {
        Name = "UnitSatisfaction";
        Field(u => u.UnitCode, nullable: true).Description("Null on the total row.");
        Field(u => u.UnitName, nullable: true);
        Field(u => u.Ratings);
        Field(u => u.VerySatisfied);
        Field(u => u.Satisfied);
        Field(u => u.NotSatisfied);
        Field<NonNullGraphType<ShareGraphType>>("satisfiedShare").Description("(very satisfied + satisfied) ÷ ratings, Wilson 95%.").Resolve(c => c.Source.SatisfiedShare);
        Field(u => u.Returned).Description("Dossiers returned in the period.");
        Field(u => u.Late);
        Field(u => u.DislikedOrFollowedUp);
        Field(u => u.TthcSatisfaction, nullable: true).Description("766 indicator 5.4 (0–1).");
        Field(u => u.FollowUps);
        Field(u => u.FollowUpsOverdue);
        Field(u => u.FollowUpSatisfaction, nullable: true).Description("766 indicator 5.3 (0–1), overdue follow-ups counted as dissatisfied.");
    }
}

public sealed class SatisfactionReportGraphType : ObjectGraphType<SatisfactionReport>
{
    public SatisfactionReportGraphType()
    {
        Name = "SatisfactionReport";
        Field<NonNullGraphType<DateScalar>>("from").Resolve(c => c.Source.From);
        Field<NonNullGraphType<DateScalar>>("to").Resolve(c => c.Source.To);
        Field<NonNullGraphType<FloatGraphType>>("target").Resolve(_ => SurveyResults.Target);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitSatisfactionGraphType>>>>("units").Resolve(c => c.Source.Units);
        Field<NonNullGraphType<UnitSatisfactionGraphType>>("total").Resolve(c => c.Source.Total);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SurveyResultsGraphType>>>>("sipas").Resolve(c => c.Source.Sipas);
    }
}
