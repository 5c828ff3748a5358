using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Procedures;
using OneStop.Api.Features.Staffing;
using OneStop.Api.Features.Units;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.Errors;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Dossiers;

/// <summary>One mutation per business action (STYLE.md R8); all go through <see cref="DossierWorkflow"/>.</summary>
public static class DossierMutations
{
    private static readonly string[] Desk = [Roles.Receptionist, Roles.Admin];
    private static readonly string[] IntakeRoles = [Roles.Receptionist, Roles.Admin, Roles.DataEntry];
    private static readonly string[] Dispatchers = [Roles.Receptionist, Roles.Leader, Roles.Admin];
    private static readonly string[] Handlers = [Roles.Specialist, Roles.Leader, Roles.Admin];
    private static readonly string[] Appraisers = [Roles.Specialist, Roles.Admin];
    private static readonly string[] Leaders = [Roles.Leader, Roles.Admin];
    private static readonly string[] Resumers = [Roles.Receptionist, Roles.Specialist, Roles.Leader, Roles.Admin];

    public static void AddDossierMutations(this Mutation m)
    {
        m.AddDossierImportMutation();
        m.Field<NonNullGraphType<ReceiveDossierPayloadGraphType>, DossierPayload>("receiveDossier")
            .Description("Intake at the one-stop desk: accept (receipt code and appointment), request a supplement once and in full, or refuse with reasons.")
            .AuthorizeWithPolicy(Policies.Intake)
            .Argument<NonNullGraphType<ReceiveDossierInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ReceiveDossierInput>("input");
                var viewer = c.Viewer();
                // receivedAt in the past is backfill: only Admin and DataEntry; everyone else gets the server's clock.
                var mayBackfill = viewer.IsInRole(Roles.Admin) || viewer.IsInRole(Roles.DataEntry);
                var (dossier, errors) = await c.Service<DossierFactory>().ReceiveAsync(input.ToCommand(), DossierWorkflow.ActorOf(viewer), mayBackfill,
                    u => viewer.CanSeeUnitPath(u.Path), c.CancellationToken);
                if (dossier is not null) await c.Service<DossierWorkflow>().PublishAsync(dossier, c.CancellationToken);
                return new DossierPayload(dossier, errors);
            });

        Action<AcceptCompletedDossierInputGraphType, AcceptCompletedDossierPayloadGraphType>(m, "acceptCompletedDossier",
                "The applicant brought the complete dossier after the desk's written guidance: it is received now, with its appointment.", Policies.Intake)
            .ResolveAsync(c => Run<DossierRefInput>(c, DossierAction.AcceptCompleted, IntakeRoles, (i, d, a, now) =>
            {
                var error = d.AcceptCompleted(now);
                if (error is null) c.Service<DossierWorkflow>().Recompute(d);
                return Task.FromResult(error);
            }));

        Action<AssignDossierInputGraphType, AssignDossierPayloadGraphType>(m, "assignDossier",
                "Hands a received dossier to the processing unit and officer; the first internal step starts.", Policies.Officer)
            .ResolveAsync(c => Run<AssignDossierInput>(c, DossierAction.Assign, Dispatchers, async (i, d, a, now) =>
            {
                var db = c.Service<OneStopDb>();
                var (unit, officer, error) = await TargetAsync(db, c.Service<TimeProvider>(), i.UnitCode, i.OfficerId, a.UnitId, c.CancellationToken);
                if (error is not null) return error;
                var due = await StepDueAsync(c, d, 1);
                return d.Assign(now, a, unit!.Id, unit.Path, officer?.Id, officer?.FullName, due);
            }, note: c.GetArgument<AssignDossierInput>("input").Note));

        Action<ForwardDossierInputGraphType, ForwardDossierPayloadGraphType>(m, "forwardDossier",
                "Forwards the file to another unit or officer; by default the current step is done and the next begins.", Policies.Officer)
            .ResolveAsync(c => Run<ForwardDossierInput>(c, DossierAction.Forward, Handlers, async (i, d, a, now) =>
            {
                var (unit, officer, error) = await TargetAsync(c.Service<OneStopDb>(), c.Service<TimeProvider>(), i.UnitCode, i.OfficerId, d.CurrentUnitId, c.CancellationToken);
                if (error is not null) return error;
                var (next, due) = i.CompleteStep == false ? (null, null) : await NextStepAsync(c, d);
                return d.Forward(now, a, unit!.Id, unit.Path, officer?.Id, officer?.FullName, next, due);
            }, note: c.GetArgument<ForwardDossierInput>("input").Note));

        Action<AppraiseDossierInputGraphType, AppraiseDossierPayloadGraphType>(m, "appraiseDossier", "Records the appraisal opinion (Specialist).", Policies.Officer)
            .ResolveAsync(c => Run<AppraiseDossierInput>(c, DossierAction.Appraise, Appraisers, (i, d, a, now) =>
                Task.FromResult(string.IsNullOrWhiteSpace(i.Opinion)
                    ? new ValidationError("opinion", "Phải ghi ý kiến thẩm định.", "Give the appraisal opinion.")
                    : d.Appraise(now, i.Opinion.Trim()))));

        Action<RequestDossierSupplementInputGraphType, RequestDossierSupplementPayloadGraphType>(m, "requestDossierSupplement",
                "After appraisal: asks the applicant for everything missing, in one go; pauses the clock with the procedure's policy (RESTART or SHIFT).", Policies.Officer)
            .ResolveAsync(c => Run<RequestDossierSupplementInput>(c, DossierAction.RequestSupplement, Handlers, (i, d, a, now) =>
            {
                var items = i.MissingItems.Where(x => !string.IsNullOrWhiteSpace(x)).Select(x => x.Trim()).ToList();
                if (items.Count == 0 || string.IsNullOrWhiteSpace(i.Reason))
                    return Task.FromResult<DomainError?>(new ValidationError("missingItems", "Phải nêu lý do và liệt kê đầy đủ giấy tờ cần bổ sung.", "Give the reason and list every missing item."));
                var error = d.RequestSupplement(now, a, string.Join('\n', items), i.Reason.Trim(), i.OverrideReason);
                if (error is null) c.Service<DossierWorkflow>().Recompute(d);
                return Task.FromResult(error);
            }));

        Action<PauseDossierInputGraphType, PauseDossierPayloadGraphType>(m, "pauseDossier",
                "Another legal pause (e.g. financial obligations, national status 6), with its reason and basis.", Policies.Officer)
            .ResolveAsync(c => Run<PauseDossierInput>(c, DossierAction.Pause, Handlers, (i, d, a, now) =>
            {
                if (string.IsNullOrWhiteSpace(i.Reason)) return Task.FromResult<DomainError?>(new ValidationError("reason", "Phải nêu lý do tạm dừng.", "Give the reason."));
                var error = d.Pause(now, a, i.Kind, i.Reason.Trim(), i.LegalBasis);
                if (error is null) c.Service<DossierWorkflow>().Recompute(d);
                return Task.FromResult(error);
            }));

        Action<ResumeDossierInputGraphType, ResumeDossierPayloadGraphType>(m, "resumeDossier",
                "Ends the open pause (the supplement arrived, the obligation was met); the deadline is derived again from the ledger.", Policies.Officer)
            .ResolveAsync(c => Run<DossierRefInput>(c, DossierAction.Resume, Resumers, (i, d, a, now) =>
            {
                var error = d.Resume(now, a);
                if (error is null) c.Service<DossierWorkflow>().Recompute(d);
                return Task.FromResult(error);
            }));

        Action<SubmitDossierForApprovalInputGraphType, SubmitDossierForApprovalPayloadGraphType>(m, "submitDossierForApproval",
                "Submits the appraised dossier to the leader for signature.", Policies.Officer)
            .ResolveAsync(c => Run<SubmitDossierForApprovalInput>(c, DossierAction.SubmitForApproval, Appraisers, async (i, d, a, now) =>
            {
                var (unit, leader, error) = await TargetAsync(c.Service<OneStopDb>(), c.Service<TimeProvider>(), null, i.LeaderId, d.CurrentUnitId, c.CancellationToken);
                if (error is not null) return error;
                var (next, due) = await NextStepAsync(c, d);
                return d.SubmitForApproval(now, a, unit!.Id, unit.Path, leader?.Id, leader?.FullName, next, due);
            }));

        Action<ApproveDossierInputGraphType, ApproveDossierPayloadGraphType>(m, "approveDossier", "Approves and signs the result (Leader).", Policies.Officer)
            .ResolveAsync(c => Run<DossierRefInput>(c, DossierAction.Approve, Leaders, (i, d, a, now) => Task.FromResult(d.Approve())));

        Action<RefuseDossierInputGraphType, RefuseDossierPayloadGraphType>(m, "refuseDossier",
                "After appraisal, the application cannot be granted: a written notice with reasons, within the deadline (Leader).", Policies.Officer)
            .ResolveAsync(c => Run<RefuseDossierInput>(c, DossierAction.Refuse, Leaders, (i, d, a, now) =>
            {
                var reasons = i.Reasons.Where(x => !string.IsNullOrWhiteSpace(x)).Select(x => x.Trim()).ToList();
                if (reasons.Count == 0) return Task.FromResult<DomainError?>(new ValidationError("reasons", "Phải nêu rõ lý do.", "Give the reasons."));
                return Task.FromResult(d.Refuse(now, string.Join('\n', reasons), c.Service<DossierDeadlines>().FinishedNow(d, now)));
            }));

        Action<MarkDossierResultReadyInputGraphType, MarkDossierResultReadyPayloadGraphType>(m, "markDossierResultReady",
                "The signed result reaches the one-stop desk: processing ends (national status 9) and its lateness is fixed.", Policies.Officer)
            .ResolveAsync(c => Run<DossierRefInput>(c, DossierAction.MarkResultReady, Handlers, (i, d, a, now) =>
                Task.FromResult(d.MarkResultReady(now, a, d.ReceivingUnitPath, c.Service<DossierDeadlines>().FinishedNow(d, now)))));

        Action<ReturnDossierResultInputGraphType, ReturnDossierResultPayloadGraphType>(m, "returnDossierResult",
                "Returns the result (or refusal notice) at the desk, by post or online; a late dossier without an apology is recorded as a violation.", Policies.Officer)
            .ResolveAsync(c => Run<ReturnDossierResultInput>(c, DossierAction.ReturnResult, Desk, (i, d, a, now) =>
            {
                var error = d.ReturnResult(now, i.Method);
                // The applicant's rating link (DOMAIN.md §7.3), saved in the same transaction as the return.
                if (error is null) c.Service<Satisfaction.RatingTokens>().IssueOnReturn(d, now);
                return Task.FromResult(error);
            }));

        Action<WithdrawDossierInputGraphType, WithdrawDossierPayloadGraphType>(m, "withdrawDossier", "The applicant withdraws the dossier (national status 7).", Policies.Officer)
            .ResolveAsync(c => Run<CloseDossierInput>(c, DossierAction.Withdraw, Desk, (i, d, a, now) =>
                Task.FromResult(string.IsNullOrWhiteSpace(i.Reason) ? new ValidationError("reason", "Phải nêu lý do.", "Give the reason.") : d.Withdraw(now, i.Reason.Trim()))));

        Action<StopDossierInputGraphType, StopDossierPayloadGraphType>(m, "stopDossier", "Stops processing (national status 8), with the reason (Leader).", Policies.Officer)
            .ResolveAsync(c => Run<CloseDossierInput>(c, DossierAction.Stop, Leaders, (i, d, a, now) =>
                Task.FromResult(string.IsNullOrWhiteSpace(i.Reason) ? new ValidationError("reason", "Phải nêu lý do.", "Give the reason.") : d.Stop(now, i.Reason.Trim()))));

        Action<ApologiseForDossierInputGraphType, ApologiseForDossierPayloadGraphType>(m, "apologiseForDossier",
                "Apology letter with the reason, the responsible unit and a new appointment, at least one working day before the deadline; re-appointment at most once by default (Leader).",
                Policies.Officer)
            .ResolveAsync(c => Run<ApologiseForDossierInput>(c, DossierAction.Apologise, Leaders, async (i, d, a, now) =>
            {
                if (string.IsNullOrWhiteSpace(i.Reason)) return new ValidationError("reason", "Phải nêu lý do chậm.", "Give the reason for the delay.");
                var unit = await c.Service<OneStopDb>().Units.AsNoTracking().SingleOrDefaultAsync(u => u.Code == i.ResponsibleUnitCode, c.CancellationToken);
                if (unit is null) return new NotFoundError("đơn vị " + i.ResponsibleUnitCode);
                if (!d.IsOpen) return new InvalidTransitionError("apologise", d.Status);
                if (d.Reappointments >= d.MaxReappointments) return new ReappointmentLimitError(d.MaxReappointments);
                if (c.Service<DossierDeadlines>().CheckApologyTiming(d) is { } late) return late;
                return d.Apologise(now, a, i.Reason.Trim(), unit.Id, i.NewAppointmentAt.UtcDateTime);
            }));

        m.Field<NonNullGraphType<SetDossierPolicyPayloadGraphType>, SetDossierPolicyPayload>("setDossierPolicy")
            .Description("Sets a procedure version's dossier rules (pause effects, re-appointment and supplement limits); dossiers already received keep theirs (Admin).")
            .AuthorizeWithPolicy(Policies.Admin)
            .Argument<NonNullGraphType<SetDossierPolicyInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var i = c.GetArgument<SetDossierPolicyInput>("input");
                var db = c.Service<OneStopDb>();
                var versionId = await db.ProcedureVersions.Where(v => v.Code == i.ProcedureCode && v.Number == i.VersionNumber).Select(v => (int?)v.Id)
                    .SingleOrDefaultAsync(c.CancellationToken);
                if (versionId is null) return new SetDossierPolicyPayload(null, [new NotFoundError($"thủ tục {i.ProcedureCode} phiên bản {i.VersionNumber}")]);
                if (i.MaxReappointments is < 0 or > 5 || i.MaxSupplementRequests is < 0 or > 5)
                    return new SetDossierPolicyPayload(null, [new ValidationError("maxReappointments", "Giới hạn phải từ 0 đến 5.", "Limits must be 0 to 5.")]);
                var policy = await db.DossierPolicies.SingleOrDefaultAsync(p => p.ProcedureVersionId == versionId, c.CancellationToken);
                if (policy is null) db.DossierPolicies.Add(policy = new DossierPolicy { ProcedureVersionId = versionId.Value });
                else policy.Version++;
                policy.SupplementEffect = i.SupplementEffect;
                policy.FinancialEffect = i.FinancialEffect;
                policy.OtherPauseEffect = i.OtherPauseEffect;
                policy.MaxReappointments = i.MaxReappointments;
                policy.MaxSupplementRequests = i.MaxSupplementRequests;
                await db.SaveChangesAsync(c.CancellationToken);
                return new SetDossierPolicyPayload(policy, []);
            });
    }

    private static FieldBuilder<object?, DossierPayload> Action<TInput, TPayload>(Mutation m, string name, string description, string policy)
        where TInput : IInputObjectGraphType where TPayload : IObjectGraphType =>
        m.Field<NonNullGraphType<TPayload>, DossierPayload>(name).Description(description).AuthorizeWithPolicy(policy).Argument<NonNullGraphType<TInput>>("input");

    private static async Task<DossierPayload?> Run<TInput>(IResolveFieldContext c, DossierAction action, string[] roles,
        Func<TInput, Dossier, Actor, DateTime, Task<DomainError?>> apply, string? note = null)
    {
        var input = c.GetArgument<TInput>("input");
        var (code, version) = input switch
        {
            DossierRefInput x => (x.Code, x.ExpectedVersion),
            AssignDossierInput x => (x.Code, x.ExpectedVersion),
            ForwardDossierInput x => (x.Code, x.ExpectedVersion),
            AppraiseDossierInput x => (x.Code, x.ExpectedVersion),
            RequestDossierSupplementInput x => (x.Code, x.ExpectedVersion),
            PauseDossierInput x => (x.Code, x.ExpectedVersion),
            SubmitDossierForApprovalInput x => (x.Code, x.ExpectedVersion),
            RefuseDossierInput x => (x.Code, x.ExpectedVersion),
            ReturnDossierResultInput x => (x.Code, x.ExpectedVersion),
            CloseDossierInput x => (x.Code, x.ExpectedVersion),
            ApologiseForDossierInput x => (x.Code, x.ExpectedVersion),
            _ => throw new InvalidOperationException($"Unknown dossier input {typeof(TInput).Name}."),
        };
        return await c.Service<DossierWorkflow>().RunAsync(c.Viewer(), code, version, action, roles, (d, a, now) => apply(input, d, a, now), c.CancellationToken, note);
    }

    /// <summary>The unit and officer that take the file: the officer's unit unless a unit is named; else the fallback unit.</summary>
    private static async Task<(Unit? Unit, Officer? Officer, DomainError? Error)> TargetAsync(OneStopDb db, TimeProvider clock, string? unitCode, string? officerId,
        int? fallbackUnitId, CancellationToken ct)
    {
        Officer? officer = null;
        if (officerId is not null)
        {
            officer = await db.Users.AsNoTracking().Where(u => u.Id == officerId).Select(u => new Officer(u.Id, u.FullName, u.UnitId)).SingleOrDefaultAsync(ct);
            if (officer is null) return (null, null, new NotFoundError("cán bộ " + officerId));
        }
        Unit? unit;
        if (unitCode is not null) unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Code == unitCode, ct);
        else
        {
            var id = officer?.UnitId ?? fallbackUnitId;
            unit = id is null ? null : await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct);
        }
        if (unit is null) return (null, null, new NotFoundError("đơn vị " + (unitCode ?? "")));
        // Staffing feeds handling: the step goes only to an officer holding a post in the handling unit today.
        if (officer is not null && !await OfficerPosts.HeldBy(db, officer.Id, unit.Id, unit.Code, StaffingScope.Today(clock)).AnyAsync(ct))
            return (null, null, new OfficerNotPostedError(officer.Id, officer.FullName, unit.Code));
        return (unit, officer, null);
    }

    private static async Task<IReadOnlyList<DossierStepDue>> ScheduleAsync(IResolveFieldContext c, Dossier d)
    {
        var steps = await ProcedureRepository.Steps(c.Service<OneStopDb>(), [d.ProcedureVersionId]).ToListAsync(c.CancellationToken);
        return c.Service<DossierDeadlines>().Steps(d, steps, d.Pauses);
    }

    private static async Task<DateTime?> StepDueAsync(IResolveFieldContext c, Dossier d, int ordinal) =>
        (await ScheduleAsync(c, d)).FirstOrDefault(s => s.Ordinal == ordinal)?.DueAt;

    private static async Task<(int? Next, DateTime? DueAt)> NextStepAsync(IResolveFieldContext c, Dossier d)
    {
        var schedule = await ScheduleAsync(c, d);
        var next = schedule.FirstOrDefault(s => s.Ordinal == (d.CurrentStep ?? 0) + 1);
        return next is null ? (null, null) : (next.Ordinal, next.DueAt);
    }
}
