using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using OneStop.Api.Features.Dossiers;
using OneStop.Api.Features.Procedures;
using OneStop.Api.Features.Units;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Reports;

public sealed record ServiceIndexLossesInput(DateOnly From, DateOnly To, string? UnitCode, string? Group, int? First);

public static class ServiceIndexLossesQuery
{
    public const int MaxFirst = 200;

    private static readonly string[] GroupCodes = ["CKMB", "TDGQ", "CLGQ", "TTTT", "MDHL", "MDSH"];

    public static void AddServiceIndexLossesQuery(this Query query) =>
        query.Field<ServiceIndexLossesGraphType, ServiceIndexLossReport?>("serviceIndexLosses")
            .Description("Decision 766 drill-down: per scored indicator, the dossiers or procedures that cost points, and late steps by unit; null when the unit is unknown or outside the viewer's scope.")
            .AuthorizeWithPolicy(Policies.Reports)
            .Argument<NonNullGraphType<ServiceIndexLossesInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ServiceIndexLossesInput>("input");
                ReportQueries.CheckRange(input.From, input.To);
                var first = input.First ?? 50;
                if (first is < 1 or > MaxFirst || (input.Group is { } g && !GroupCodes.Contains(g)))
                    throw new ExecutionError($"`first` must be 1–{MaxFirst} and `group` one of {string.Join(", ", GroupCodes)}.") { Code = "BAD_USER_INPUT" };
                var scope = await c.Service<ResultsReportService>().ScopeAsync(c.Viewer(), input.UnitCode, c.CancellationToken);
                return scope is null ? null : await c.Service<ServiceIndexLossService>().BuildAsync(scope, input.From, input.To, input.Group, first, c.CancellationToken);
            });
}

public sealed class ServiceIndexLossesInputGraphType : InputObjectGraphType<ServiceIndexLossesInput>
{
    public ServiceIndexLossesInputGraphType()
    {
        Name = "ServiceIndexLossesInput";
        Field<NonNullGraphType<DateScalar>>("from");
        Field<NonNullGraphType<DateScalar>>("to");
        Field(i => i.UnitCode, nullable: true).Description("Default: the viewer's scope.");
        Field(i => i.Group, nullable: true).Description("Only this group's indicators (CKMB, TDGQ, CLGQ, TTTT, MDHL, MDSH).");
        Field(i => i.First, nullable: true).Description($"Dossiers or procedures listed per indicator, 1–{ServiceIndexLossesQuery.MaxFirst}; default 50. Counts are always complete.");
    }
}

public sealed class IndexLossReasonGraphType : EnumerationGraphType<IndexLossReason>
{
    public IndexLossReasonGraphType() => Description = "Why a dossier or procedure is missing from an indicator's numerator.";
}

public sealed class IndexLossDossierGraphType : ObjectGraphType<IndexLossDossier>
{
    public IndexLossDossierGraphType()
    {
        Name = "IndexLossDossier";
        Field<NonNullGraphType<DossierGraphType>>("dossier").Resolve(c => c.Source.Dossier);
        Field<NonNullGraphType<IndexLossReasonGraphType>>("reason").Resolve(c => c.Source.Reason);
    }
}

public sealed class IndexLossProcedureGraphType : ObjectGraphType<IndexLossProcedure>
{
    public IndexLossProcedureGraphType()
    {
        Name = "IndexLossProcedure";
        Field<NonNullGraphType<ProcedureGraphType>>("procedure").Resolve(c => c.Source.Version);
        Field<NonNullGraphType<IndexLossReasonGraphType>>("reason").Resolve(c => c.Source.Reason);
    }
}

public sealed class IndicatorLossGraphType : ObjectGraphType<IndicatorLoss>
{
    public IndicatorLossGraphType()
    {
        Name = "ServiceIndexIndicatorLoss";
        Field(l => l.GroupCode);
        Field<NonNullGraphType<ServiceIndexIndicatorGraphType>>("indicator").Resolve(c => c.Source.Indicator);
        Field(l => l.Count).Description("Denominator − numerator: every dossier or procedure that is not in the numerator.");
        Field(l => l.PointsLost, nullable: true).Description("Max points − points.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndexLossDossierGraphType>>>>("dossiers")
            .Description("The first of them (timeliness: longest past the deadline first; others: oldest receipt first).").Resolve(c => c.Source.Dossiers);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndexLossProcedureGraphType>>>>("procedures")
            .Description("For procedure-based indicators (3.1, 3.2), by code.").Resolve(c => c.Source.Procedures);
    }
}

public sealed class LateStepsByUnitGraphType : ObjectGraphType<LateStepsByUnit>
{
    public LateStepsByUnitGraphType()
    {
        Name = "LateStepsByUnit";
        Field<NonNullGraphType<UnitGraphType>, IDataLoaderResult<Unit?>>("unit").Resolve(c => c.Service<UnitByIdLoader>().Load(c.Source.UnitId));
        Field(s => s.LateSteps).Description("Internal steps closed after their due time in the period.");
        Field(s => s.Dossiers).Description("Distinct dossiers with such a step.");
    }
}

public sealed class ServiceIndexLossesGraphType : ObjectGraphType<ServiceIndexLossReport>
{
    public ServiceIndexLossesGraphType()
    {
        Name = "ServiceIndexLosses";
        Field<NonNullGraphType<ServiceIndexGraphType>>("index").Resolve(c => c.Source.Index);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorLossGraphType>>>>("indicators").Resolve(c => c.Source.Indicators);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LateStepsByUnitGraphType>>>>("lateSteps")
            .Description("Steps closed late, by the unit that held them; most first.").Resolve(c => c.Source.LateSteps);
    }
}
