using GraphQL.Types;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Reports;

public sealed record ServiceIndexInput(DateOnly From, DateOnly To, string? UnitCode);

public sealed class ServiceIndexInputGraphType : InputObjectGraphType<ServiceIndexInput>
{
    public ServiceIndexInputGraphType()
    {
        Name = "ServiceIndexInput";
        Field<NonNullGraphType<DateScalar>>("from");
        Field<NonNullGraphType<DateScalar>>("to");
        Field(i => i.UnitCode, nullable: true).Description("Default: the viewer's scope.");
    }
}

public sealed class ServiceIndexIndicatorGraphType : ObjectGraphType<IndexIndicator>
{
    public ServiceIndexIndicatorGraphType()
    {
        Name = "ServiceIndexIndicator";
        Description = "One Decision 766 indicator; points null with noDataReason when the system lacks the data.";
        Field(i => i.Code).Description("Number in VPCP's formula description, e.g. 2.1.");
        Field(i => i.Name);
        Field(i => i.Numerator, nullable: true);
        Field(i => i.Denominator, nullable: true);
        Field(i => i.Ratio, nullable: true).Description("Numerator ÷ denominator, 4 decimals.");
        Field(i => i.MaxPoints, nullable: true);
        Field(i => i.FullPointsAt, nullable: true).Description("Ratio that earns full points (e.g. 0.8); below it points = ratio × max ÷ threshold.");
        Field(i => i.Points, nullable: true).Description("2 decimals; null = no data.");
        Field(i => i.NoDataReason, nullable: true);
        Field(i => i.Note, nullable: true).Description("Approximations and unverified point splits.");
    }
}

public sealed class ServiceIndexGroupGraphType : ObjectGraphType<IndexGroup>
{
    public ServiceIndexGroupGraphType()
    {
        Name = "ServiceIndexGroup";
        Field(g => g.Code).Description("CKMB, TDGQ, CLGQ, TTTT, MDHL or MDSH.");
        Field(g => g.Name);
        Field(g => g.MaxPoints);
        Field(g => g.MaxPointsWithData);
        Field(g => g.Points, nullable: true).Description("Null when no indicator of the group has data.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceIndexIndicatorGraphType>>>>("indicators").Resolve(c => c.Source.Indicators);
    }
}

public sealed class ServiceIndexGraphType : ObjectGraphType<ServiceIndexReport>
{
    public ServiceIndexGraphType()
    {
        Name = "ServiceIndex";
        Description = "Decision 766/QĐ-TTg service-quality index computed locally (six national scoring groups, 100 points).";
        Field<NonNullGraphType<DateScalar>>("from").Resolve(c => c.Source.From);
        Field<NonNullGraphType<DateScalar>>("to").Resolve(c => c.Source.To);
        Field<NonNullGraphType<DateTimeScalar>>("asAt").Resolve(c => new DateTimeOffset(c.Source.AsAt, TimeSpan.Zero));
        Field(r => r.UnitName);
        Field(r => r.UnitCode, nullable: true);
        Field(r => r.Points, nullable: true).Description("Sum over indicators with data.");
        Field(r => r.MaxPoints);
        Field(r => r.MaxPointsWithData).Description("What the indicators with data can reach.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceIndexGroupGraphType>>>>("groups").Resolve(c => c.Source.Groups);
    }
}
