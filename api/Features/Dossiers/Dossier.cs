using OneStop.Api.Features.Calendar;
using OneStop.Api.Infrastructure.Errors;

namespace OneStop.Api.Features.Dossiers;

/// <summary>Who acts: the signed-in officer (or a seeder) with their unit.</summary>
public sealed record Actor(string? Id, string Name, int? UnitId);

/// <summary>
/// A dossier (hồ sơ TTHC) from receipt to return. Bound to the procedure version in force at receipt, whose rules are
/// copied onto it (DOMAIN.md §0.2). State changes only through the methods below (STYLE.md R14); each returns a
/// <see cref="DomainError"/> or null. Deadlines are derived by <see cref="DossierDeadlines"/> from receipt, calendar
/// and the pause ledger and cached here for filtering; <see cref="Version"/> guards concurrent changes.
/// </summary>
public sealed class Dossier
{
    public long Id { get; init; }

    /// <summary>Receipt code <c>&lt;agency&gt;-&lt;yyMMdd&gt;-&lt;NNNN&gt;</c> (DOMAIN.md §2.3).</summary>
    public required string Code { get; init; }

    public required string AgencyCode { get; init; }
    public DateOnly ReceivedOn { get; init; }
    public int Sequence { get; init; }

    public int ProcedureId { get; init; }
    public int ProcedureVersionId { get; init; }
    public required string ProcedureCode { get; init; }
    public int FieldId { get; init; }

    public int ReceivingUnitId { get; init; }
    public required string ReceivingUnitPath { get; init; }
    public int CurrentUnitId { get; private set; }
    public string CurrentUnitPath { get; private set; } = "";

    public IntakeChannel Channel { get; init; }
    public DossierStatus Status { get; private set; }
    public int NationalStatusCode { get; private set; }

    public ApplicantKind ApplicantKind { get; init; }
    public required string ApplicantName { get; init; }
    public string? ApplicantIdNumber { get; init; }
    public string? ApplicantPhone { get; init; }
    public string? ApplicantAddress { get; init; }
    public string? ApplicantEmail { get; init; }

    /// <summary>Last four digits of the phone, for the anonymous status lookup.</summary>
    public string? PhoneLast4 { get; init; }

    /// <summary>Folded code and applicant name, for search that ignores diacritics.</summary>
    public required string SearchText { get; init; }

    /// <summary>Content of the request (nội dung yêu cầu giải quyết / trích yếu).</summary>
    public string? Subject { get; init; }

    public int Sets { get; init; } = 1;

    public DateTime ReceivedAt { get; private set; }
    public string? ReceivedById { get; init; }
    public required string ReceivedByName { get; init; }

    public decimal ProcessingAmount { get; init; }
    public TimeUnit ProcessingUnit { get; init; }
    public TimeOnly? CutOffHour { get; init; }
    public PauseEffect SupplementEffect { get; init; }
    public PauseEffect FinancialEffect { get; init; }
    public PauseEffect OtherPauseEffect { get; init; }
    public int MaxReappointments { get; init; }
    public int MaxSupplementRequests { get; init; }

    /// <summary>The appointment now promised (after a re-appointment, the new one).</summary>
    public DateTime? AppointmentAt { get; private set; }

    /// <summary>Legal last day of the current appointment (local).</summary>
    public DateOnly? DueDate { get; private set; }

    /// <summary>The legal appointment from receipt, calendar and pause ledger, ignoring re-appointments.</summary>
    public DateTime? LegalAppointmentAt { get; private set; }

    public DateOnly? LegalDueDate { get; private set; }

    /// <summary>The appointment printed on the receipt (form 01).</summary>
    public DateTime? OriginalAppointmentAt { get; private set; }

    /// <summary>First instant counted: step due times are scheduled from it.</summary>
    public DateTime? ClockStartsAt { get; private set; }

    public int? CurrentStep { get; private set; }
    public DateTime? CurrentStepDueAt { get; private set; }
    public string? AssigneeId { get; private set; }
    public string? AssigneeName { get; private set; }

    public DateTime? AppraisedAt { get; private set; }
    public string? AppraisalOpinion { get; private set; }

    public int SupplementRequests { get; private set; }
    public int Reappointments { get; private set; }
    public DossierStatus? StatusBeforePause { get; private set; }

    /// <summary>End of processing (NgayKetThucXuLy): result ready, refused, withdrawn or stopped.</summary>
    public DateTime? FinishedAt { get; private set; }

    /// <summary>Against the legal deadline, set when processing ends.</summary>
    public Lateness? Lateness { get; private set; }

    public DateTime? ReturnedAt { get; private set; }
    public ReturnMethod? ReturnMethod { get; private set; }
    public DossierViolation Violation { get; private set; }

    /// <summary>Items missing at the desk (form 02), one per line.</summary>
    public string? DeskMissingItems { get; private set; }

    /// <summary>Reasons of a refusal (at reception, form 03; or after appraisal).</summary>
    public string? RefusalReasons { get; private set; }

    /// <summary>Reason given for a withdrawal or stop.</summary>
    public string? ClosingReason { get; private set; }

    public int Version { get; private set; } = 1;

    public List<DossierDocument> Documents { get; init; } = [];
    public List<DossierPause> Pauses { get; init; } = [];
    public List<DossierHandover> Handovers { get; init; } = [];
    public List<DossierApology> Apologies { get; init; } = [];
    public List<DossierAuditEntry> AuditEntries { get; init; } = [];

    public DossierPause? OpenPause => Pauses.SingleOrDefault(p => p.EndedAt is null);

    /// <summary>Effect of the open pause, cached so lists can classify without loading the ledger.</summary>
    public PauseEffect? OpenPauseEffect { get; private set; }

    public bool IsOpen => NationalStatus.IsOpen(Status);

    /// <summary>Sets the first status (intake outcome) and the receiving desk as the holder.</summary>
    internal void Start(DossierStatus status, DateTime receivedAt, int unitId, string unitPath, string? missing, string? refusal, DateTime? finishedAt)
    {
        ReceivedAt = receivedAt;
        CurrentUnitId = unitId;
        CurrentUnitPath = unitPath;
        DeskMissingItems = missing;
        RefusalReasons = refusal;
        FinishedAt = finishedAt;
        SetStatus(status);
    }

    public DomainError? CheckVersion(int expectedVersion) =>
        expectedVersion == Version ? null : new ConcurrencyConflictError(Version);

    /// <summary>The applicant came back with the complete dossier after the desk's one written guidance.</summary>
    public DomainError? AcceptCompleted(DateTime now)
    {
        if (Status != DossierStatus.AwaitingCompletion) return Invalid("accept the completed dossier");
        ReceivedAt = now;
        SetStatus(DossierStatus.Received);
        return null;
    }

    /// <summary>Deadline cache, recomputed after receipt and after every pause change.</summary>
    internal void SetDeadline(DeadlineResult legal)
    {
        LegalAppointmentAt = legal.AppointmentAt.UtcDateTime;
        LegalDueDate = legal.DueDate;
        ClockStartsAt = legal.ClockStartsAt.UtcDateTime;
        OriginalAppointmentAt ??= LegalAppointmentAt;
        var promised = Apologies.Count > 0 ? Apologies.Max(a => a.NewAppointmentAt) : (DateTime?)null;
        if (promised is { } p && p > LegalAppointmentAt)
        {
            AppointmentAt = p;
            DueDate = DossierClock.LocalDate(p);
        }
        else
        {
            AppointmentAt = LegalAppointmentAt;
            DueDate = LegalDueDate;
        }
    }

    /// <summary>Hands the file to a processing unit and officer: the first step starts (or the holder changes within it).</summary>
    public DomainError? Assign(DateTime now, Actor actor, int toUnitId, string toUnitPath, string? officerId, string? officerName, DateTime? firstStepDueAt)
    {
        if (Status is not (DossierStatus.Received or DossierStatus.InProcess)) return Invalid("assign");
        var first = Status == DossierStatus.Received;
        Handovers.Add(Handover(now, actor, DossierAction.Assign, toUnitId, officerId, officerName, closesStep: !first));
        if (first)
        {
            CurrentStep = 1;
            CurrentStepDueAt = firstStepDueAt;
        }
        MoveTo(toUnitId, toUnitPath, officerId, officerName);
        SetStatus(DossierStatus.InProcess);
        return null;
    }

    /// <summary>Forwards the file to another unit or officer; with <paramref name="nextStepDueAt"/> the current step ends and the next begins.</summary>
    public DomainError? Forward(DateTime now, Actor actor, int toUnitId, string toUnitPath, string? officerId, string? officerName, int? nextStep, DateTime? nextStepDueAt)
    {
        if (Status != DossierStatus.InProcess) return Invalid("forward");
        Handovers.Add(Handover(now, actor, DossierAction.Forward, toUnitId, officerId, officerName, closesStep: nextStep is not null));
        if (nextStep is { } n)
        {
            CurrentStep = n;
            CurrentStepDueAt = nextStepDueAt;
        }
        MoveTo(toUnitId, toUnitPath, officerId, officerName);
        return null;
    }

    /// <summary>The electronic result (kết quả điện tử), once its signed file is attached.</summary>
    public string? ResultFileId { get; private set; }

    /// <summary>
    /// Attaches a stored file: the scan of one filed component (which then counts as digitised, Decision 766 4.2–4.3),
    /// or, with no ordinal, the electronic result once the result exists (approved or later).
    /// </summary>
    public DomainError? AttachFile(int? documentOrdinal, string fileId)
    {
        if (documentOrdinal is null)
        {
            if (Status is not (DossierStatus.Approved or DossierStatus.ResultReady or DossierStatus.Returned)) return Invalid("attach the electronic result");
            ResultFileId = fileId;
            return null;
        }
        var document = Documents.FirstOrDefault(d => d.Ordinal == documentOrdinal);
        if (document is null)
            return new ValidationError("documentOrdinal", $"Hồ sơ không có thành phần số {documentOrdinal}.", $"The dossier has no component number {documentOrdinal}.");
        document.FileId = fileId;
        document.Digitised = true;
        return null;
    }

    public DomainError? Appraise(DateTime now, string opinion)
    {
        if (Status != DossierStatus.InProcess) return Invalid("appraise");
        AppraisedAt = now;
        AppraisalOpinion = opinion;
        return null;
    }

    /// <summary>Supplement after appraisal: pauses the clock with the procedure's policy (DOMAIN.md §1.2).</summary>
    public DomainError? RequestSupplement(DateTime now, Actor actor, string missingItems, string reason, string? overrideReason)
    {
        if (Status != DossierStatus.InProcess || AppraisedAt is null) return Invalid("request a supplement");
        if (SupplementRequests >= MaxSupplementRequests && string.IsNullOrWhiteSpace(overrideReason))
            return new SupplementLimitError(MaxSupplementRequests);
        SupplementRequests++;
        var why = string.IsNullOrWhiteSpace(overrideReason) ? reason : $"{reason} (vượt giới hạn: {overrideReason.Trim()})";
        OpenPauseRow(PauseKind.Supplement, SupplementEffect, why, null, missingItems, now, actor);
        SetStatus(DossierStatus.SupplementRequested);
        return null;
    }

    /// <summary>Other legal pauses (financial obligations, …) with their basis.</summary>
    public DomainError? Pause(DateTime now, Actor actor, PauseKind kind, string reason, string? legalBasis)
    {
        if (kind == PauseKind.Supplement) return new ValidationError("kind", "Dùng yêu cầu bổ sung cho bổ sung hồ sơ.", "Use requestSupplement for supplements.");
        if (Status is not (DossierStatus.InProcess or DossierStatus.AwaitingApproval or DossierStatus.Approved)) return Invalid("pause");
        OpenPauseRow(kind, kind == PauseKind.FinancialObligation ? FinancialEffect : OtherPauseEffect, reason, legalBasis, null, now, actor);
        SetStatus(DossierStatus.Paused, kind);
        return null;
    }

    /// <summary>Ends the open pause (the supplement arrived, the obligation was met).</summary>
    public DomainError? Resume(DateTime now, Actor actor)
    {
        if (Status is not (DossierStatus.SupplementRequested or DossierStatus.Paused) || OpenPause is not { } pause) return Invalid("resume");
        pause.EndedAt = now < pause.StartedAt ? pause.StartedAt : now;
        pause.EndedById = actor.Id;
        OpenPauseEffect = null;
        SetStatus(StatusBeforePause ?? DossierStatus.InProcess);
        StatusBeforePause = null;
        return null;
    }

    public DomainError? SubmitForApproval(DateTime now, Actor actor, int leaderUnitId, string leaderUnitPath, string? leaderId, string? leaderName, int? nextStep, DateTime? nextStepDueAt)
    {
        if (Status != DossierStatus.InProcess || AppraisedAt is null) return Invalid("submit for approval");
        Handovers.Add(Handover(now, actor, DossierAction.SubmitForApproval, leaderUnitId, leaderId, leaderName, closesStep: nextStep is not null));
        if (nextStep is { } n)
        {
            CurrentStep = n;
            CurrentStepDueAt = nextStepDueAt;
        }
        MoveTo(leaderUnitId, leaderUnitPath, leaderId, leaderName);
        SetStatus(DossierStatus.AwaitingApproval);
        return null;
    }

    public DomainError? Approve()
    {
        if (Status != DossierStatus.AwaitingApproval) return Invalid("approve");
        SetStatus(DossierStatus.Approved);
        return null;
    }

    /// <summary>Refusal after appraisal, with reasons, within the deadline (DOMAIN.md §1.3).</summary>
    public DomainError? Refuse(DateTime now, string reasons, Lateness lateness)
    {
        if (Status is not (DossierStatus.InProcess or DossierStatus.AwaitingApproval) || AppraisedAt is null) return Invalid("refuse");
        RefusalReasons = reasons;
        Finish(now, lateness);
        SetStatus(DossierStatus.Refused);
        return null;
    }

    /// <summary>The signed result reaches the one-stop desk: processing ends (status 9).</summary>
    public DomainError? MarkResultReady(DateTime now, Actor actor, string deskUnitPath, Lateness lateness)
    {
        if (Status != DossierStatus.Approved) return Invalid("mark the result ready");
        Handovers.Add(Handover(now, actor, DossierAction.MarkResultReady, ReceivingUnitId, null, null, closesStep: true));
        MoveTo(ReceivingUnitId, deskUnitPath, null, null);
        Finish(now, lateness);
        SetStatus(DossierStatus.ResultReady);
        return null;
    }

    /// <summary>Returns the result (or the refusal notice); a late dossier without an apology is a violation (DOMAIN.md §1.5).</summary>
    public DomainError? ReturnResult(DateTime now, ReturnMethod method)
    {
        if (Status is not (DossierStatus.ResultReady or DossierStatus.Refused)) return Invalid("return the result");
        ReturnedAt = now;
        ReturnMethod = method;
        if (Lateness == Dossiers.Lateness.Late)
            Violation = Apologies.Count == 0 ? DossierViolation.LateWithoutApology
                : FinishedAt > AppointmentAt ? DossierViolation.LateAfterReappointment : DossierViolation.None;
        SetStatus(DossierStatus.Returned);
        return null;
    }

    public DomainError? Withdraw(DateTime now, string reason)
    {
        if (!IsOpen && Status != DossierStatus.AwaitingCompletion) return Invalid("withdraw");
        CloseOpenPause(now);
        ClosingReason = reason;
        FinishedAt = now;
        SetStatus(DossierStatus.Withdrawn);
        return null;
    }

    public DomainError? Stop(DateTime now, string reason)
    {
        if (!IsOpen) return Invalid("stop");
        CloseOpenPause(now);
        ClosingReason = reason;
        FinishedAt = now;
        SetStatus(DossierStatus.Stopped);
        return null;
    }

    /// <summary>Records the apology and new appointment; the timing and count rules are checked by <see cref="DossierDeadlines"/>.</summary>
    public DomainError? Apologise(DateTime now, Actor actor, string reason, int responsibleUnitId, DateTime newAppointmentAt)
    {
        if (!IsOpen) return Invalid("apologise");
        if (Reappointments >= MaxReappointments) return new ReappointmentLimitError(MaxReappointments);
        if (newAppointmentAt <= AppointmentAt)
            return new ValidationError("newAppointmentAt", "Ngày hẹn mới phải sau ngày hẹn hiện tại.", "The new appointment must be after the current one.");
        Apologies.Add(new DossierApology
        {
            DossierId = Id,
            IssuedAt = now,
            Reason = reason,
            ResponsibleUnitId = responsibleUnitId,
            PreviousAppointmentAt = AppointmentAt!.Value,
            NewAppointmentAt = newAppointmentAt,
            IssuedById = actor.Id,
            IssuedByName = actor.Name,
        });
        Reappointments++;
        AppointmentAt = newAppointmentAt;
        DueDate = DossierClock.LocalDate(newAppointmentAt);
        return null;
    }

    /// <summary>
    /// A dossier as a list page reads it (<see cref="DossierListProjection"/>): the listed columns only; every other
    /// property keeps its default, so only the fields in <see cref="DossierListProjection.Fields"/> may be resolved from it.
    /// </summary>
    internal static Dossier ListRow(long id, string code, DossierStatus status, int nationalStatusCode, IntakeChannel channel,
        int procedureVersionId, int fieldId, int receivingUnitId, int currentUnitId, ApplicantKind applicantKind, string applicantName,
        string? applicantPhone, DateTime receivedAt, DateTime? appointmentAt, DateOnly? dueDate, Lateness? lateness, PauseEffect? openPauseEffect,
        TimeUnit processingUnit, int? currentStep, DateTime? currentStepDueAt, string? assigneeId, int version) => new()
        {
            Id = id,
            Code = code,
            AgencyCode = "",
            ProcedureCode = "",
            ReceivingUnitPath = "",
            SearchText = "",
            ReceivedByName = "",
            Status = status,
            NationalStatusCode = nationalStatusCode,
            Channel = channel,
            ProcedureVersionId = procedureVersionId,
            FieldId = fieldId,
            ReceivingUnitId = receivingUnitId,
            CurrentUnitId = currentUnitId,
            ApplicantKind = applicantKind,
            ApplicantName = applicantName,
            ApplicantPhone = applicantPhone,
            ReceivedAt = receivedAt,
            AppointmentAt = appointmentAt,
            DueDate = dueDate,
            Lateness = lateness,
            OpenPauseEffect = openPauseEffect,
            ProcessingUnit = processingUnit,
            CurrentStep = currentStep,
            CurrentStepDueAt = currentStepDueAt,
            AssigneeId = assigneeId,
            Version = version,
        };

    /// <summary>Every change moves the version on, so two clients acting on the same read cannot both win.</summary>
    internal void Touch() => Version++;

    private void Finish(DateTime now, Lateness lateness)
    {
        FinishedAt = now;
        Lateness = lateness;
        CurrentStepDueAt = null;
    }

    private void CloseOpenPause(DateTime now)
    {
        if (OpenPause is { } p) p.EndedAt = now < p.StartedAt ? p.StartedAt : now;
        OpenPauseEffect = null;
    }

    private void OpenPauseRow(PauseKind kind, PauseEffect effect, string reason, string? basis, string? items, DateTime now, Actor actor)
    {
        StatusBeforePause = Status;
        OpenPauseEffect = effect;
        Pauses.Add(new DossierPause
        {
            DossierId = Id,
            Kind = kind,
            Effect = effect,
            Reason = reason,
            LegalBasis = basis,
            MissingItems = items,
            StartedAt = now,
            StartedById = actor.Id,
        });
    }

    private void MoveTo(int unitId, string unitPath, string? officerId, string? officerName)
    {
        CurrentUnitId = unitId;
        CurrentUnitPath = unitPath;
        AssigneeId = officerId;
        AssigneeName = officerName;
    }

    private DossierHandover Handover(DateTime now, Actor actor, DossierAction action, int toUnitId, string? toOfficerId, string? toOfficerName, bool closesStep) => new()
    {
        DossierId = Id,
        At = now,
        Action = action,
        ActorId = actor.Id,
        ActorName = actor.Name,
        FromUnitId = CurrentUnitId,
        ToUnitId = toUnitId,
        FromOfficerId = AssigneeId,
        ToOfficerId = toOfficerId,
        ToOfficerName = toOfficerName,
        StepOrdinal = closesStep ? CurrentStep : null,
        StepDueAt = closesStep ? CurrentStepDueAt : null,
        StepResult = closesStep && CurrentStepDueAt is { } due ? DossierClock.Classify(now, due) : null,
    };

    private void SetStatus(DossierStatus status, PauseKind? pause = null)
    {
        Status = status;
        NationalStatusCode = NationalStatus.Of(status, pause);
    }

    private InvalidTransitionError Invalid(string action) => new(action, Status);
}
