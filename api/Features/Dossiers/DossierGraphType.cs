using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using OneStop.Api.Features.Procedures;
using OneStop.Api.Features.Units;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Dossiers;

/// <summary>
/// A dossier. Every navigation goes through a per-request loader (officers, ledgers) or the in-memory reference data
/// (procedure version, units, current step; <see cref="ReferenceDataCache"/>), so a page of 50 costs the same number of
/// SQL statements as a page of 1.
/// </summary>
public sealed class DossierGraphType : ObjectGraphType<Dossier>
{
    public DossierGraphType()
    {
        Name = "Dossier";
        Description = "An administrative-procedure dossier (hồ sơ TTHC), from receipt to return.";
        this.AuthorizeWithPolicy(Policies.Authenticated);
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(nameof(Dossier), c.Source.Id));
        Field(d => d.Code).Description("Receipt code <agency>-<yyMMdd>-<NNNN>, e.g. 000.00.21.H47-260105-0001.");
        Field(d => d.ResultFileId, nullable: true).Description("Id of the electronic result's file: download it from /files/{resultFileId}.");
        Field<NonNullGraphType<DossierStatusGraphType>>("status").Resolve(c => c.Source.Status);
        Field(d => d.NationalStatusCode).Description("DVCQG TrangThaiHoSo, 1–10.");
        Field<NonNullGraphType<IntakeChannelGraphType>>("channel").Resolve(c => c.Source.Channel);
        Field<NonNullGraphType<IntGraphType>>("channelCode").Description("KenhThucHien: 1 in person, 2 online, 3 postal.").Resolve(c => (int)c.Source.Channel);
        Field<NonNullGraphType<ProcedureGraphType>, ProcedureVersion?>("procedure")
            .Description("The procedure version in force at receipt, which the dossier keeps to the end.")
            .ResolveAsync(c => c.Reference(r => r.Version(c.Source.ProcedureVersionId)));
        Field<NonNullGraphType<ProcedureFieldGraphType>, IDataLoaderResult<ProcedureField?>>("field")
            .Resolve(c => c.Service<ProcedureFieldByIdLoader>().Load(c.Source.FieldId));
        Field<NonNullGraphType<UnitGraphType>, Unit?>("receivingUnit").ResolveAsync(c => c.Reference(r => r.Unit(c.Source.ReceivingUnitId)));
        Field<NonNullGraphType<UnitGraphType>, Unit?>("currentUnit").Description("The unit holding the file now.")
            .ResolveAsync(c => c.Reference(r => r.Unit(c.Source.CurrentUnitId)));
        Field<NonNullGraphType<ApplicantGraphType>>("applicant").Resolve(c => c.Source);
        Field(d => d.Subject, nullable: true).Description("Content of the request.");
        Field(d => d.Sets).Description("Number of dossier sets.");
        Field<NonNullGraphType<DateTimeScalar>>("receivedAt").Resolve(c => c.Source.ReceivedAt.ToOffset());
        Field<DateTimeScalar>("appointmentAt").Description("The appointment now promised (after a re-appointment, the new one).").Resolve(c => c.Source.AppointmentAt.ToOffset());
        Field<DateScalar>("dueDate").Description("Last day of the current appointment.").Resolve(c => c.Source.DueDate);
        Field<DateTimeScalar>("legalAppointmentAt").Description("The legal appointment from receipt, calendar and pause ledger.").Resolve(c => c.Source.LegalAppointmentAt.ToOffset());
        Field<DateTimeScalar>("originalAppointmentAt").Description("The appointment printed on the receipt.").Resolve(c => c.Source.OriginalAppointmentAt.ToOffset());
        Field<NonNullGraphType<DeadlineStateGraphType>>("deadlineState").Resolve(c => c.Service<DossierDeadlines>().State(c.Source));
        Field<LatenessGraphType>("lateness").Description("Against the legal deadline, once processing ended.").Resolve(c => c.Source.Lateness);
        Field<DateTimeScalar>("finishedAt").Description("End of processing (NgayKetThucXuLy).").Resolve(c => c.Source.FinishedAt.ToOffset());
        Field<DateTimeScalar>("returnedAt").Resolve(c => c.Source.ReturnedAt.ToOffset());
        Field<ReturnMethodGraphType>("returnMethod").Resolve(c => c.Source.ReturnMethod);
        Field<NonNullGraphType<DossierViolationGraphType>>("violation").Description("E.g. returned late without an apology; visible to inspectors.").Resolve(c => c.Source.Violation);
        Field(d => d.SupplementRequests);
        Field(d => d.Reappointments);
        Field<DossierStepGraphType, DossierStepView?>("currentStep")
            .Description("The internal step in progress, with its own due time.")
            .ResolveAsync(c =>
            {
                var d = c.Source;
                return c.Reference(r =>
                    d.CurrentStep is { } n && r.Steps(d.ProcedureVersionId).FirstOrDefault(s => s.Ordinal == n) is { } step
                        ? new DossierStepView(n, step.Name, step.Role, d.CurrentStepDueAt, d.CurrentStepDueAt)
                        : null);
            });
        Field<OfficerGraphType, IDataLoaderResult<Officer?>>("assignee").Resolve(c => DossierHandoverGraphType.LoadOfficer(c, c.Source.AssigneeId));
        Field<DateTimeScalar>("appraisedAt").Resolve(c => c.Source.AppraisedAt.ToOffset());
        Field(d => d.AppraisalOpinion, nullable: true);
        Field(d => d.Version).Description("Optimistic concurrency version; send it back as `expectedVersion`.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DossierDocumentGraphType>>>, IDataLoaderResult<IReadOnlyList<DossierDocument>>>("documents")
            .Resolve(c => c.Service<DocumentsByDossierIdLoader>().Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DossierPauseGraphType>>>, IDataLoaderResult<IReadOnlyList<DossierPause>>>("pauses")
            .Resolve(c => c.Service<PausesByDossierIdLoader>().Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DossierHandoverGraphType>>>, IDataLoaderResult<IReadOnlyList<DossierHandover>>>("handovers")
            .Resolve(c => c.Service<HandoversByDossierIdLoader>().Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DossierApologyGraphType>>>, IDataLoaderResult<IReadOnlyList<DossierApology>>>("apologies")
            .Resolve(c => c.Service<ApologiesByDossierIdLoader>().Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DossierAuditEntryGraphType>>>, IDataLoaderResult<IReadOnlyList<DossierAuditEntry>>>("auditTrail")
            .Description("Append-only, oldest first.")
            .Resolve(c => c.Service<AuditByDossierIdLoader>().Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DossierStepGraphType>>>, IDataLoaderResult<IReadOnlyList<DossierStepView>>>("steps")
            .Description("Every internal step with its due time (budgets from the version, moved by SHIFT pauses).")
            .Resolve(c =>
            {
                var steps = c.Service<StepsByVersionIdLoader>().Load(c.Source.ProcedureVersionId);
                var pauses = c.Service<PausesByDossierIdLoader>().Load(c.Source.Id);
                var d = c.Source;
                var deadlines = c.Service<DossierDeadlines>();
                return LoaderResults.Combine(steps, pauses, (s, p) => (IReadOnlyList<DossierStepView>)[.. deadlines.Steps(d, s, p).Select(x =>
                    new DossierStepView(x.Ordinal, x.Name, x.Role, x.DueAt, x.Ordinal == d.CurrentStep ? d.CurrentStepDueAt : null))]);
            });
        Field<DeadlineExplanationGraphType, IDataLoaderResult<DeadlineExplanationView?>>("deadlineExplanation")
            .Description("Why the legal deadline is what it is (days skipped and why, pauses); null before acceptance.")
            .Resolve(c =>
            {
                var d = c.Source;
                var lang = c.Language();
                var deadlines = c.Service<DossierDeadlines>();
                return c.Service<PausesByDossierIdLoader>().Load(d.Id)
                    .Then(p => d.AppointmentAt is null ? null : new DeadlineExplanationView(deadlines.Legal(d, p), lang));
            });
    }
}
