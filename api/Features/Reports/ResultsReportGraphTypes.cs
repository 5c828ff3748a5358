using GraphQL.Types;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Reports;

public sealed record DossierResultsReportInput(DateOnly From, DateOnly To, string? UnitCode, ReportGrouping? GroupBy);

public sealed class ReportGroupingGraphType : EnumerationGraphType<ReportGrouping>
{
    public ReportGroupingGraphType() => Description = "Rows of form II.06a: by field (lĩnh vực), receiving unit, procedure, or level (tỉnh / huyện / xã).";
}

public sealed class ReportPeriodKindGraphType : EnumerationGraphType<ReportPeriodKind>
{
    public ReportPeriodKindGraphType() => Description = "Official reporting periods (DOMAIN.md §3.2).";
}

public sealed class DossierResultsReportInputGraphType : InputObjectGraphType<DossierResultsReportInput>
{
    public DossierResultsReportInputGraphType()
    {
        Name = "DossierResultsReportInput";
        Field<NonNullGraphType<DateScalar>>("from").Description("First local day, inclusive.");
        Field<NonNullGraphType<DateScalar>>("to").Description("Last local day, inclusive.");
        Field(i => i.UnitCode, nullable: true).Description("Dossiers received by this unit or its sub-units; default: the viewer's scope.");
        Field<ReportGroupingGraphType>("groupBy").Description("Default FIELD.");
    }
}

public sealed class DossierResultsRowGraphType : ObjectGraphType<ResultsRow>
{
    public DossierResultsRowGraphType()
    {
        Name = "DossierResultsRow";
        Description = "One row of form II.06a, columns in the form's order; receivedTotal = online + direct/postal + carried over = resolved + in progress.";
        Field(r => r.Label).Description("Column 2: field, unit, procedure or level.");
        Field(r => r.Code, nullable: true);
        Field(r => r.ReceivedTotal).Description("Column 3.");
        Field(r => r.ReceivedOnline).Description("Column 4: received online in the period.");
        Field(r => r.ReceivedDirectOrPostal).Description("Column 5: received in person or by post in the period.");
        Field(r => r.CarriedOver).Description("Column 6: brought forward from the previous period.");
        Field(r => r.ResolvedTotal).Description("Column 7.");
        Field(r => r.ResolvedEarly).Description("Column 8.");
        Field(r => r.ResolvedOnTime).Description("Column 9 (withdrawn or stopped dossiers count here by the configured convention).");
        Field(r => r.ResolvedLate).Description("Column 10.");
        Field(r => r.InProgressTotal).Description("Column 11.");
        Field(r => r.InProgressWithinDeadline).Description("Column 12 (paused dossiers count here).");
        Field(r => r.InProgressOverdue).Description("Column 13.");
    }
}

public sealed class DossierResultsReportGraphType : ObjectGraphType<ResultsReport>
{
    public DossierResultsReportGraphType()
    {
        Name = "DossierResultsReport";
        Description = "Form II.06a/VPCP/KSTT (Circular 02/2017, 01/2020), computed as at the end of the period from the dossiers' history.";
        Field<NonNullGraphType<DateScalar>>("from").Resolve(c => c.Source.From);
        Field<NonNullGraphType<DateScalar>>("to").Resolve(c => c.Source.To);
        Field<NonNullGraphType<DateTimeScalar>>("asAt").Description("The instant the numbers describe: the end of the period, or now while it runs.")
            .Resolve(c => new DateTimeOffset(c.Source.AsAt, TimeSpan.Zero));
        Field(r => r.UnitName).Description("Reporting unit printed on the form.");
        Field(r => r.UnitCode, nullable: true);
        Field<NonNullGraphType<ReportGroupingGraphType>>("groupBy").Resolve(c => c.Source.GroupBy);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DossierResultsRowGraphType>>>>("rows").Resolve(c => c.Source.Rows);
        Field<NonNullGraphType<DossierResultsRowGraphType>>("total").Resolve(c => c.Source.Total);
    }
}

public sealed class ReportPeriodGraphType : ObjectGraphType<ReportPeriod>
{
    public ReportPeriodGraphType()
    {
        Name = "ReportPeriod";
        Field<NonNullGraphType<DateScalar>>("from").Resolve(c => c.Source.From);
        Field<NonNullGraphType<DateScalar>>("to").Resolve(c => c.Source.To);
    }
}
