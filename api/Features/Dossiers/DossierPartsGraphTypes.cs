using GraphQL.DataLoader;
using GraphQL.Types;
using OneStop.Api.Features.Calendar;
using OneStop.Api.Features.Units;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Dossiers;

/// <summary>Personal data for analysts: first digit and last three kept (<c>0******789</c>).</summary>
public static class PersonalData
{
    public static string? Mask(string? value)
    {
        if (string.IsNullOrEmpty(value)) return value;
        if (value.Length <= 4) return new string('*', value.Length);
        return value[0] + new string('*', value.Length - 4) + value[^3..];
    }

    public static string? MaskEmail(string? email)
    {
        if (string.IsNullOrEmpty(email)) return email;
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at <= 1 ? "***" + email[Math.Max(at, 0)..] : email[0] + new string('*', at - 1) + email[at..];
    }
}

/// <summary>The applicant part of a dossier; ID number, phone and e-mail are masked for analysts.</summary>
public sealed class ApplicantGraphType : ObjectGraphType<Dossier>
{
    public ApplicantGraphType()
    {
        Name = "Applicant";
        Field<NonNullGraphType<ApplicantKindGraphType>>("kind").Resolve(c => c.Source.ApplicantKind);
        Field<NonNullGraphType<StringGraphType>>("fullName").Resolve(c => c.Source.ApplicantName);
        Field<StringGraphType>("idNumber").Description("Citizen ID or enterprise code; masked for analysts.")
            .Resolve(c => c.Viewer().SeesPersonalData ? c.Source.ApplicantIdNumber : PersonalData.Mask(c.Source.ApplicantIdNumber));
        Field<StringGraphType>("phone").Description("Masked for analysts (0******789).")
            .Resolve(c => c.Viewer().SeesPersonalData ? c.Source.ApplicantPhone : PersonalData.Mask(c.Source.ApplicantPhone));
        Field<StringGraphType>("address").Resolve(c => c.Source.ApplicantAddress);
        Field<StringGraphType>("email").Resolve(c => c.Viewer().SeesPersonalData ? c.Source.ApplicantEmail : PersonalData.MaskEmail(c.Source.ApplicantEmail));
    }
}

public sealed class OfficerGraphType : ObjectGraphType<Officer>
{
    public OfficerGraphType()
    {
        Name = "Officer";
        Description = "An officer handling dossiers.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("User id (as `me.id`).").Resolve(c => c.Source.Id);
        Field(o => o.FullName);
        Field<UnitGraphType, IDataLoaderResult<Unit?>>("unit")
            .Resolve(c => c.Source.UnitId is { } id ? c.Service<UnitByIdLoader>().Load(id) : DataLoaderResultExtensions.Completed<Unit?>(null));
    }
}

public sealed class DossierDocumentGraphType : ObjectGraphType<DossierDocument>
{
    public DossierDocumentGraphType()
    {
        Name = "DossierDocument";
        Field(d => d.Ordinal);
        Field(d => d.Name);
        Field(d => d.Originals);
        Field(d => d.CertifiedCopies);
        Field(d => d.Copies);
        Field(d => d.Digitised).Description("Whether the component was digitised (Decision 766, 4.2–4.3).");
        Field(d => d.FileId, nullable: true).Description("Id of the attached scan: download it from /files/{fileId}.");
    }
}

public sealed class DossierPauseGraphType : ObjectGraphType<DossierPause>
{
    public DossierPauseGraphType()
    {
        Name = "DossierPause";
        Description = "One interval of the pause ledger.";
        Field<NonNullGraphType<PauseKindGraphType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<PauseEffectGraphType>>("effect").Description("Recorded at the time, from the procedure version's policy.").Resolve(c => c.Source.Effect);
        Field(p => p.Reason);
        Field(p => p.LegalBasis, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("missingItems")
            .Resolve(c => c.Source.MissingItems?.Split('\n') ?? []);
        Field<NonNullGraphType<DateTimeScalar>>("startedAt").Resolve(c => c.Source.StartedAt.ToOffset());
        Field<DateTimeScalar>("endedAt").Resolve(c => c.Source.EndedAt.ToOffset());
    }
}

public sealed class DossierHandoverGraphType : ObjectGraphType<DossierHandover>
{
    public DossierHandoverGraphType()
    {
        Name = "DossierHandover";
        Description = "A hand-over of the file: one row of the process-control sheet (form 05).";
        Field<NonNullGraphType<DateTimeScalar>>("at").Resolve(c => c.Source.At.ToOffset());
        Field<NonNullGraphType<DossierActionGraphType>>("action").Resolve(c => c.Source.Action);
        Field(h => h.ActorName);
        Field<UnitGraphType, IDataLoaderResult<Unit?>>("fromUnit").Resolve(c => LoadUnit(c, c.Source.FromUnitId));
        Field<UnitGraphType, IDataLoaderResult<Unit?>>("toUnit").Resolve(c => LoadUnit(c, c.Source.ToUnitId));
        Field<OfficerGraphType, IDataLoaderResult<Officer?>>("fromOfficer").Resolve(c => LoadOfficer(c, c.Source.FromOfficerId));
        Field<OfficerGraphType, IDataLoaderResult<Officer?>>("toOfficer").Resolve(c => LoadOfficer(c, c.Source.ToOfficerId));
        Field(h => h.StepOrdinal, nullable: true).Description("The step this hand-over closes.");
        Field<DateTimeScalar>("stepDueAt").Resolve(c => c.Source.StepDueAt.ToOffset());
        Field<LatenessGraphType>("stepResult").Resolve(c => c.Source.StepResult);
        Field(h => h.Note, nullable: true);
    }

    internal static IDataLoaderResult<Unit?> LoadUnit(GraphQL.IResolveFieldContext c, int? id) =>
        id is { } v ? c.Service<UnitByIdLoader>().Load(v) : DataLoaderResultExtensions.Completed<Unit?>(null);

    internal static IDataLoaderResult<Officer?> LoadOfficer(GraphQL.IResolveFieldContext c, string? id) =>
        id is { } v ? c.Service<OfficerByIdLoader>().Load(v) : DataLoaderResultExtensions.Completed<Officer?>(null);
}

public sealed class DossierApologyGraphType : ObjectGraphType<DossierApology>
{
    public DossierApologyGraphType()
    {
        Name = "DossierApology";
        Description = "Apology letter with a new appointment (form 04).";
        Field<NonNullGraphType<DateTimeScalar>>("issuedAt").Resolve(c => c.Source.IssuedAt.ToOffset());
        Field(a => a.Reason);
        Field<UnitGraphType, IDataLoaderResult<Unit?>>("responsibleUnit").Resolve(c => DossierHandoverGraphType.LoadUnit(c, c.Source.ResponsibleUnitId));
        Field<NonNullGraphType<DateTimeScalar>>("previousAppointmentAt").Resolve(c => c.Source.PreviousAppointmentAt.ToOffset());
        Field<NonNullGraphType<DateTimeScalar>>("newAppointmentAt").Resolve(c => c.Source.NewAppointmentAt.ToOffset());
        Field(a => a.IssuedByName);
    }
}

public sealed class DossierAuditEntryGraphType : ObjectGraphType<DossierAuditEntry>
{
    public DossierAuditEntryGraphType()
    {
        Name = "DossierAuditEntry";
        Description = "One append-only audit entry: who, when, what, state before and after.";
        Field<NonNullGraphType<DateTimeScalar>>("at").Resolve(c => c.Source.At.ToOffset());
        Field(a => a.ActorName);
        Field<NonNullGraphType<DossierActionGraphType>>("action").Resolve(c => c.Source.Action);
        Field<DossierStatusGraphType>("fromStatus").Resolve(c => c.Source.FromStatus);
        Field<NonNullGraphType<DossierStatusGraphType>>("toStatus").Resolve(c => c.Source.ToStatus);
        Field(a => a.NationalStatusCode).Description("DVCQG status after the action (1–10).");
        Field(a => a.Before).Description("JSON snapshot before the action.");
        Field(a => a.After).Description("JSON snapshot after the action.");
        Field(a => a.Note, nullable: true);
    }
}

/// <summary>A step of the internal process with its own due time and, for the current step, its state.</summary>
/// <summary>A step of a dossier; <paramref name="OpenDueAt"/> is the due instant of the step in progress, classified only when asked.</summary>
public sealed record DossierStepView(int Ordinal, string Name, string? Role, DateTime? DueAt, DateTime? OpenDueAt);

public sealed class DossierStepGraphType : ObjectGraphType<DossierStepView>
{
    public DossierStepGraphType()
    {
        Name = "DossierStep";
        Field(s => s.Ordinal);
        Field(s => s.Name);
        Field(s => s.Role, nullable: true);
        Field<DateTimeScalar>("dueAt").Resolve(c => c.Source.DueAt.ToOffset());
        Field<DeadlineStateGraphType>("state").Description("WITHIN_DEADLINE/DUE_SOON/OVERDUE for the step in progress; null for the other steps (their lateness is not classified yet).").Resolve(c => c.Source.OpenDueAt is { } due ? c.Service<DossierDeadlines>().OpenState(due) : (DeadlineState?)null);
    }
}

/// <summary>The "why is the deadline X?" trace, rendered in the request's language.</summary>
public sealed record DeadlineExplanationView(DeadlineResult Result, string Language);

public sealed class DeadlineExplanationLineGraphType : ObjectGraphType<(ExplanationLine Line, string Language)>
{
    public DeadlineExplanationLineGraphType()
    {
        Name = "DeadlineExplanationLine";
        Field<NonNullGraphType<ExplanationKindGraphType>>("kind").Resolve(c => c.Source.Line.Kind);
        Field<NonNullGraphType<DateScalar>>("date").Resolve(c => c.Source.Line.Date);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Line.ToText(c.Source.Language));
    }
}

public sealed class DeadlineExplanationGraphType : ObjectGraphType<DeadlineExplanationView>
{
    public DeadlineExplanationGraphType()
    {
        Name = "DeadlineExplanation";
        Description = "How the legal deadline was computed: receipt, cut-off, days skipped and why, pauses, appointment.";
        Field<NonNullGraphType<DateTimeScalar>>("appointmentAt").Resolve(c => c.Source.Result.AppointmentAt.ToUniversalTime());
        Field<NonNullGraphType<DateScalar>>("dueDate").Resolve(c => c.Source.Result.DueDate);
        Field<NonNullGraphType<BooleanGraphType>>("provisional").Description("An open pause was counted up to now; the date will move.")
            .Resolve(c => c.Source.Result.IsProvisional);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DeadlineExplanationLineGraphType>>>>("lines")
            .Resolve(c => c.Source.Result.Explanation.Select(l => (l, c.Source.Language)).ToList());
        Field<NonNullGraphType<StringGraphType>>("text").Description("All lines, one per line.").Resolve(c => c.Source.Result.ToText(c.Source.Language));
    }
}
