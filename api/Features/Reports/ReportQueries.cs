using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Reports;

public static class ReportQueries
{
    public static void AddReportQueries(this Query query)
    {
        query.AddAdoptionQuery();
        query.AddBacklogQuery();
        query.AddServiceIndexLossesQuery();
        query.AddReportOverviewQueries();
        query.Field<DossierResultsReportGraphType, ResultsReport?>("dossierResultsReport")
            .Description("Form II.06a for a period and a unit subtree; null when the unit is unknown or outside the viewer's scope.")
            .AuthorizeWithPolicy(Policies.Reports)
            .Argument<NonNullGraphType<DossierResultsReportInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<DossierResultsReportInput>("input");
                CheckRange(input.From, input.To);
                var service = c.Service<ResultsReportService>();
                var scope = await service.ScopeAsync(c.Viewer(), input.UnitCode, c.CancellationToken);
                return scope is null ? null : await service.BuildAsync(scope, input.From, input.To, input.GroupBy ?? ReportGrouping.Field, c.CancellationToken);
            });

        query.Field<ServiceIndexGraphType, ServiceIndexReport?>("serviceIndex")
            .Description("Decision 766 index for a period and a unit subtree; null when the unit is unknown or outside the viewer's scope.")
            .AuthorizeWithPolicy(Policies.Reports)
            .Argument<NonNullGraphType<ServiceIndexInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ServiceIndexInput>("input");
                CheckRange(input.From, input.To);
                var scope = await c.Service<ResultsReportService>().ScopeAsync(c.Viewer(), input.UnitCode, c.CancellationToken);
                return scope is null ? null : await c.Service<ServiceIndexService>().BuildAsync(scope, input.From, input.To, c.CancellationToken);
            });

        query.Field<NonNullGraphType<ReportPeriodGraphType>, ReportPeriod>("reportPeriod")
            .Description("An official period with the configured cut-off day (DOMAIN.md §3.2: 15th, MED-LOW; 1 = calendar periods).")
            .Argument<NonNullGraphType<ReportPeriodKindGraphType>>("kind")
            .Argument<NonNullGraphType<IntGraphType>>("year")
            .Argument<IntGraphType>("number", "Quarter 1–4 or half 1–2; ignored for YEAR.")
            .Resolve(c =>
            {
                var kind = c.GetArgument<ReportPeriodKind>("kind");
                var year = c.GetArgument<int>("year");
                var number = c.GetArgument<int?>("number") ?? 1;
                if (year is < 2000 or > 2100 || (kind == ReportPeriodKind.Quarter && number is < 1 or > 4) || (kind == ReportPeriodKind.HalfYear && number is < 1 or > 2))
                    throw new ExecutionError("`year` must be 2000–2100 and `number` a quarter 1–4 or a half 1–2.") { Code = "BAD_USER_INPUT" };
                return ReportPeriods.Of(kind, year, number, c.Service<IOptions<ReportOptions>>().Value.CutOffDay);
            });
    }

    public static void CheckRange(DateOnly from, DateOnly to)
    {
        if (to < from || to.DayNumber - from.DayNumber > 3 * 366)
            throw new ExecutionError("`to` must be on or after `from`, at most three years later.") { Code = "BAD_USER_INPUT" };
    }
}
