using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using OneStop.Api.Features.Dossiers;
using OneStop.Api.Features.Units;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Reports;

public static class BacklogQuery
{
    public const int MaxLongOverdue = 100;

    public static void AddBacklogQuery(this Query query) =>
        query.Field<BacklogGraphType, Backlog?>("backlog")
            .Description("Open dossiers held in a unit subtree now, by deadline state, age, unit and officer; null when the unit is unknown or outside the viewer's scope.")
            .AuthorizeWithPolicy(Policies.Reports)
            .Argument<StringGraphType>("unitCode", "Default: the viewer's scope (the province for inspectors, analysts and admins).")
            .ResolveAsync(async c =>
            {
                var scope = await c.Service<ResultsReportService>().ScopeAsync(c.Viewer(), c.GetArgument<string?>("unitCode"), c.CancellationToken);
                return scope is null ? null : await c.Service<BacklogService>().BuildAsync(scope, c.CancellationToken);
            });
}

public sealed class BacklogCountsGraphType : ObjectGraphType<BacklogCounts>
{
    public BacklogCountsGraphType()
    {
        Name = "BacklogCounts";
        Description = "Open dossiers by deadline state (current appointment; a pause that stops the clock counts as within deadline).";
        Field(b => b.Open);
        Field(b => b.WithinDeadline);
        Field(b => b.DueSoon).Description("At most one working day left (the dossier policy's window).");
        Field(b => b.Overdue);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>("byAge")
            .Description("Counts per age bucket, in the order of Backlog.byAge.").Resolve(c => c.Source.ByAge);
    }
}

public sealed class BacklogAgeBucketGraphType : ObjectGraphType<BacklogAgeBucket>
{
    public BacklogAgeBucketGraphType()
    {
        Name = "BacklogAgeBucket";
        Description = "Open dossiers received between minDays and maxDays calendar days ago (maxDays null: and older).";
        Field(b => b.MinDays);
        Field(b => b.MaxDays, nullable: true);
        Field(b => b.Count);
    }
}

public sealed class BacklogUnitRowGraphType : ObjectGraphType<BacklogUnitRow>
{
    public BacklogUnitRowGraphType()
    {
        Name = "BacklogUnitRow";
        Field<NonNullGraphType<UnitGraphType>>("unit").Description("The scope unit itself (its own desks) or one of its direct sub-units with its subtree.")
            .Resolve(c => c.Source.Unit);
        Field<NonNullGraphType<BacklogCountsGraphType>>("counts").Resolve(c => c.Source.Counts);
    }
}

public sealed class BacklogOfficerRowGraphType : ObjectGraphType<BacklogOfficerRow>
{
    public BacklogOfficerRowGraphType()
    {
        Name = "BacklogOfficerRow";
        Field(r => r.OfficerName, nullable: true).Description("The assignee; null for dossiers nobody is assigned to yet.");
        Field<NonNullGraphType<UnitGraphType>, IDataLoaderResult<Unit?>>("unit").Description("Where most of the officer's open dossiers are held.")
            .Resolve(c => c.Service<UnitByIdLoader>().Load(c.Source.UnitId));
        Field<NonNullGraphType<BacklogCountsGraphType>>("counts").Resolve(c => c.Source.Counts);
    }
}

public sealed class LongOverdueDossierGraphType : ObjectGraphType<(Dossier Dossier, int OverdueDays)>
{
    public LongOverdueDossierGraphType()
    {
        Name = "LongOverdueDossier";
        Field<NonNullGraphType<DossierGraphType>>("dossier").Resolve(c => c.Source.Dossier);
        Field<NonNullGraphType<IntGraphType>>("overdueDays").Description("Calendar days since the current appointment's due date.").Resolve(c => c.Source.OverdueDays);
    }
}

public sealed class BacklogGraphType : ObjectGraphType<Backlog>
{
    public BacklogGraphType()
    {
        Name = "Backlog";
        Description = "Open dossiers held in a unit subtree, as at now.";
        Field<NonNullGraphType<DateTimeScalar>>("asAt").Resolve(c => c.Source.AsAt.ToOffset());
        Field<NonNullGraphType<StringGraphType>>("unitName").Resolve(c => c.Source.Scope.UnitName);
        Field<StringGraphType>("unitCode").Resolve(c => c.Source.Scope.UnitCode);
        Field<NonNullGraphType<BacklogCountsGraphType>>("total").Resolve(c => c.Source.Total);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BacklogAgeBucketGraphType>>>>("byAge").Resolve(c => c.Source.ByAge);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BacklogUnitRowGraphType>>>>("byUnit")
            .Description("Most overdue first.").Resolve(c => c.Source.ByUnit);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BacklogOfficerRowGraphType>>>>("byOfficer")
            .Description("Most overdue first; unassigned dossiers last.").Resolve(c => c.Source.ByOfficer);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LongOverdueDossierGraphType>>>>("longOverdue")
            .Description($"Overdue dossiers, the longest overdue first (at most {BacklogQuery.MaxLongOverdue}).")
            .Argument<IntGraphType>("first", "Default 20.")
            .ResolveAsync(async c =>
            {
                var first = c.GetArgument<int?>("first") ?? 20;
                if (first is < 1 or > BacklogQuery.MaxLongOverdue)
                    throw new ExecutionError($"`first` must be 1–{BacklogQuery.MaxLongOverdue}.") { Code = "BAD_USER_INPUT" };
                var rows = await c.Service<BacklogService>().LongestOverdueAsync(c.Source, first, c.CancellationToken);
                return rows.Select(d => (d, d.DueDate is { } due ? Math.Max(0, c.Source.Today.DayNumber - due.DayNumber) : 0)).ToList();
            });
    }
}
