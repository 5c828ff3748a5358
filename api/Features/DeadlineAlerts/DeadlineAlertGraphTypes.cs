using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using OneStop.Api.Features.Dossiers;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.DeadlineAlerts;

public sealed class DeadlineAlertKindGraphType : EnumerationGraphType<DeadlineAlertKind>
{
    public DeadlineAlertKindGraphType()
    {
        Name = "DeadlineAlertKind";
        Description = "Why an alert was raised: warning window, step or dossier overdue, apology due, supplement overdue, returned late without apology.";
    }
}

/// <summary>The step an alert is about.</summary>
public sealed record DeadlineAlertStep(int Ordinal, DateTime DueAt);

public sealed class DeadlineAlertStepGraphType : ObjectGraphType<DeadlineAlertStep>
{
    public DeadlineAlertStepGraphType()
    {
        Name = "DeadlineAlertStep";
        Field(s => s.Ordinal);
        Field<NonNullGraphType<DateTimeScalar>>("dueAt").Resolve(c => c.Source.DueAt.ToOffset());
    }
}

public sealed class DeadlineAlertGraphType : ObjectGraphType<DeadlineAlert>
{
    public DeadlineAlertGraphType()
    {
        Name = "DeadlineAlert";
        Description = "An alert about one deadline value of one dossier; closed when that deadline moves.";
        this.AuthorizeWithPolicy(Policies.Authenticated);
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(nameof(DeadlineAlert), c.Source.Id));
        Field<NonNullGraphType<DeadlineAlertKindGraphType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<DateTimeScalar>>("raisedAt").Resolve(c => c.Source.RaisedAt.ToOffset());
        Field<NonNullGraphType<DateTimeScalar>>("dueAt").Description("The deadline value: appointment, step due time or supplement due time.")
            .Resolve(c => c.Source.DueAt.ToOffset());
        Field<DateTimeScalar>("closedAt").Description("When the deadline moved or the dossier stopped running.").Resolve(c => c.Source.ClosedAt.ToOffset());
        Field<DateTimeScalar>("acknowledgedAt").Resolve(c => c.Source.AcknowledgedAt.ToOffset());
        Field<StringGraphType>("acknowledgedBy").Description("Name of the officer who acknowledged it.").Resolve(c => c.Source.AcknowledgedByName);
        Field<NonNullGraphType<DossierGraphType>, IDataLoaderResult<Dossier?>>("dossier")
            .Resolve(c => c.RequestServices!.GetRequiredService<DossierByIdLoader>().Load(c.Source.DossierId));
        Field<DeadlineAlertStepGraphType>("step").Description("The step, for step alerts; null for the whole dossier.")
            .Resolve(c => c.Source.Step == 0 ? null : new DeadlineAlertStep(c.Source.Step, c.Source.DueAt));
    }
}

/// <summary>What <c>deadlineAlerts(where:)</c> accepts.</summary>
public sealed record DeadlineAlertFilter(
    string? UnitCode = null,
    string? DossierCode = null,
    IReadOnlyList<DeadlineAlertKind>? Kinds = null,
    bool? Mine = null,
    bool? Open = null,
    bool? Acknowledged = null);

public sealed class DeadlineAlertFilterGraphType : InputObjectGraphType<DeadlineAlertFilter>
{
    public DeadlineAlertFilterGraphType()
    {
        Name = "DeadlineAlertFilter";
        Field(f => f.UnitCode, nullable: true).Description("Dossiers received or held by this unit or one of its sub-units.");
        Field(f => f.DossierCode, nullable: true).Description("One dossier's alert history.");
        Field<ListGraphType<NonNullGraphType<DeadlineAlertKindGraphType>>>("kinds");
        Field(f => f.Mine, nullable: true).Description("Only dossiers assigned to the signed-in officer.");
        Field(f => f.Open, nullable: true).Description("true: not closed; false: history only.");
        Field(f => f.Acknowledged, nullable: true);
    }
}

/// <summary>Counts of open alerts the viewer may see.</summary>
public sealed record AlertSummary(int Open, int Unacknowledged, IReadOnlyList<AlertKindCount> ByKind);

public sealed record AlertKindCount(DeadlineAlertKind Kind, int Open, int Unacknowledged);

public sealed class AlertKindCountGraphType : ObjectGraphType<AlertKindCount>
{
    public AlertKindCountGraphType()
    {
        Name = "AlertKindCount";
        Field<NonNullGraphType<DeadlineAlertKindGraphType>>("kind").Resolve(c => c.Source.Kind);
        Field(k => k.Open);
        Field(k => k.Unacknowledged);
    }
}

public sealed class AlertSummaryGraphType : ObjectGraphType<AlertSummary>
{
    public AlertSummaryGraphType()
    {
        Name = "AlertSummary";
        Field(s => s.Open).Description("Open alerts.");
        Field(s => s.Unacknowledged).Description("Open alerts nobody acknowledged yet (the bell's count).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AlertKindCountGraphType>>>>("byKind").Resolve(c => c.Source.ByKind);
    }
}
