using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneStop.Api.Features.Units;
using OneStop.Api.Infrastructure.Data;

namespace OneStop.Api.Features.Reports;

/// <summary>The II.06a total of one calendar month (clipped to the period asked for).</summary>
public sealed record MonthlyResults(DateOnly From, DateOnly To, ResultsRow Total)
{
    public decimal? OnTimeRate => ReportRates.OnTime(Total);
}

/// <summary>One sub-unit of the scope with the figures the province compares units by.</summary>
public sealed record UnitRankingRow(Unit Unit, ResultsRow Results, BacklogCounts Backlog, ServiceIndexReport Index, UnitAdoption? Adoption, int Rank)
{
    public decimal? OnTimeRate => ReportRates.OnTime(Results);

    public decimal? OnlineShare => ReportRates.Share(Results.ReceivedOnline, Results.ReceivedOnline + Results.ReceivedDirectOrPostal);

    /// <summary>Index points against what the indicators with data can reach (never against 100: "no data" is not zero).</summary>
    public decimal? IndexShare => Index.Points is { } p && Index.MaxPointsWithData > 0 ? Math.Round(p / Index.MaxPointsWithData, 4) : null;
}

public static class ReportRates
{
    /// <summary>Resolved early or on time ÷ resolved (II.06a columns (8 + 9) ÷ 7); null without resolved dossiers.</summary>
    public static decimal? OnTime(ResultsRow r) => Share(r.ResolvedEarly + r.ResolvedOnTime, r.ResolvedTotal);

    public static decimal? Share(int part, int whole) => whole == 0 ? null : Math.Round((decimal)part / whole, 4);
}

/// <summary>
/// Dashboard figures composed from the report services: the monthly II.06a totals (on-time rate by month) and the
/// ranking of the scope's direct sub-units (II.06a, index, backlog and adoption of each).
/// </summary>
public sealed class ReportOverviewService(OneStopDb db, ResultsReportService results, ServiceIndexService index, BacklogService backlog,
    TimeProvider clock, IOptions<ReportOptions> options)
{
    public const int MaxMonths = 24;

    public async Task<IReadOnlyList<MonthlyResults>> TrendAsync(ReportScope scope, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var months = new List<MonthlyResults>();
        for (var start = from; start <= to; start = new DateOnly(start.Year, start.Month, 1).AddMonths(1))
        {
            var end = new DateOnly(start.Year, start.Month, 1).AddMonths(1).AddDays(-1);
            if (end > to) end = to;
            months.Add(new MonthlyResults(start, end, (await results.BuildAsync(scope, start, end, ReportGrouping.Field, ct)).Total));
        }
        return months;
    }

    /// <summary>Sub-units with dossiers in the period or open now, the best index share first (then the on-time rate).</summary>
    public async Task<IReadOnlyList<UnitRankingRow>> RankingAsync(ReportScope scope, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var w = ReportWindow.Of(from, to, clock.GetUtcNow().UtcDateTime);
        var top = await db.Units.AsNoTracking().Where(u => scope.Path == null ? u.ParentId == null : u.Path == scope.Path).OrderBy(u => u.Id).FirstOrDefaultAsync(ct);
        if (top is null) return [];
        var children = await db.Units.AsNoTracking().Where(u => u.ParentId == top.Id).OrderBy(u => u.Code).ToListAsync(ct);
        var active = await ResultsReportQueries.InScope(db.Dossiers.AsNoTracking(), scope.Path, w, options.Value.ClosedWithoutResultAsOnTime)
            .Select(d => d.ReceivingUnitPath).Distinct().ToListAsync(ct);
        var open = await backlog.BuildAsync(scope, ct);
        var adoption = (await SystemAdoption.ByDistrictAsync(db, w, ct)).ToDictionary(a => a.Unit.Id);

        var rows = new List<UnitRankingRow>();
        foreach (var unit in children)
        {
            var held = open.ByUnit.FirstOrDefault(r => r.Unit.Id == unit.Id)?.Counts;
            if (held is null && !active.Any(p => p.StartsWith(unit.Path, StringComparison.Ordinal))) continue;
            var child = new ReportScope(unit.Path, unit.Code, unit.Name);
            var report = await results.BuildAsync(child, from, to, ReportGrouping.Field, ct);
            var score = await index.BuildAsync(child, from, to, ct);
            rows.Add(new UnitRankingRow(unit, report.Total, held ?? BacklogCounts.Zero, score, adoption.GetValueOrDefault(unit.Id), 0));
        }
        var ordered = rows.OrderBy(r => r.IndexShare is null).ThenByDescending(r => r.IndexShare)
            .ThenBy(r => r.OnTimeRate is null).ThenByDescending(r => r.OnTimeRate).ThenBy(r => r.Unit.Code, StringComparer.Ordinal).ToList();
        return [.. ordered.Select((r, i) => r with { Rank = i + 1 })];
    }
}
