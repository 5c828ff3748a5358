using GraphQL;
using GraphQL.Types;
using OneStop.Api.Features.Units;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Reports;

public sealed record ReportScopeInput(DateOnly From, DateOnly To, string? UnitCode);

public static class ReportOverviewQueries
{
    public static void AddReportOverviewQueries(this Query query)
    {
        query.Field<ListGraphType<NonNullGraphType<MonthlyResultsGraphType>>, IReadOnlyList<MonthlyResults>?>("dossierResultsTrend")
            .Description($"The II.06a total per calendar month of the period (at most {ReportOverviewService.MaxMonths}); null when the unit is unknown or outside the viewer's scope.")
            .AuthorizeWithPolicy(Policies.Reports)
            .Argument<NonNullGraphType<ReportScopeInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ReportScopeInput>("input");
                ReportQueries.CheckRange(input.From, input.To);
                if ((input.To.Year * 12) + input.To.Month - (input.From.Year * 12) - input.From.Month >= ReportOverviewService.MaxMonths)
                    throw new ExecutionError($"At most {ReportOverviewService.MaxMonths} months.") { Code = "BAD_USER_INPUT" };
                var scope = await c.Service<ResultsReportService>().ScopeAsync(c.Viewer(), input.UnitCode, c.CancellationToken);
                return scope is null ? null : await c.Service<ReportOverviewService>().TrendAsync(scope, input.From, input.To, c.CancellationToken);
            });

        query.Field<ListGraphType<NonNullGraphType<UnitRankingRowGraphType>>, IReadOnlyList<UnitRankingRow>?>("unitRanking")
            .Description("The scope's direct sub-units with dossiers: II.06a total, on-time rate, online share, index, backlog and adoption; best index share first. Null when the unit is unknown or outside the viewer's scope.")
            .AuthorizeWithPolicy(Policies.Reports)
            .Argument<NonNullGraphType<ReportScopeInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ReportScopeInput>("input");
                ReportQueries.CheckRange(input.From, input.To);
                var scope = await c.Service<ResultsReportService>().ScopeAsync(c.Viewer(), input.UnitCode, c.CancellationToken);
                return scope is null ? null : await c.Service<ReportOverviewService>().RankingAsync(scope, input.From, input.To, c.CancellationToken);
            });
    }
}

public sealed class ReportScopeInputGraphType : InputObjectGraphType<ReportScopeInput>
{
    public ReportScopeInputGraphType()
    {
        Name = "ReportScopeInput";
        Field<NonNullGraphType<DateScalar>>("from").Description("First local day, inclusive.");
        Field<NonNullGraphType<DateScalar>>("to").Description("Last local day, inclusive.");
        Field(i => i.UnitCode, nullable: true).Description("Default: the viewer's scope.");
    }
}

public sealed class MonthlyResultsGraphType : ObjectGraphType<MonthlyResults>
{
    public MonthlyResultsGraphType()
    {
        Name = "MonthlyResults";
        Field<NonNullGraphType<DateScalar>>("from").Resolve(c => c.Source.From);
        Field<NonNullGraphType<DateScalar>>("to").Resolve(c => c.Source.To);
        Field<NonNullGraphType<DossierResultsRowGraphType>>("total").Resolve(c => c.Source.Total);
        Field(m => m.OnTimeRate, nullable: true).Description("(Early + on time) ÷ resolved, 4 decimals; null when nothing was resolved.");
    }
}

public sealed class UnitRankingRowGraphType : ObjectGraphType<UnitRankingRow>
{
    public UnitRankingRowGraphType()
    {
        Name = "UnitRankingRow";
        Field(r => r.Rank).Description("1 = best index share, then on-time rate.");
        Field<NonNullGraphType<UnitGraphType>>("unit").Resolve(c => c.Source.Unit);
        Field<NonNullGraphType<DossierResultsRowGraphType>>("results").Description("The unit subtree's II.06a total.").Resolve(c => c.Source.Results);
        Field(r => r.OnTimeRate, nullable: true).Description("(Early + on time) ÷ resolved; null when nothing was resolved.");
        Field(r => r.OnlineShare, nullable: true).Description("Received online ÷ received in the period; null when nothing was received.");
        Field<NonNullGraphType<BacklogCountsGraphType>>("backlog").Description("Open dossiers held in the subtree now.").Resolve(c => c.Source.Backlog);
        Field<NonNullGraphType<ServiceIndexGraphType>>("index").Resolve(c => c.Source.Index);
        Field(r => r.IndexShare, nullable: true).Description("Index points ÷ the points its indicators with data can reach.");
        Field<UnitAdoptionGraphType>("adoption").Description("Districts only (the adoption report is per district).").Resolve(c => c.Source.Adoption);
    }
}
