namespace OneStop.Api.Features.Dossiers;

/// <summary>Where a dossier is in its life (DOMAIN.md §1.1); each maps to a national status code (§9.1).</summary>
public enum DossierStatus
{
    // Incomplete at the desk: guided once, in full, in writing (form 02); not yet received.
    AwaitingCompletion,
    RefusedAtReception,
    Received,
    InProcess,
    SupplementRequested,
    Paused,
    AwaitingApproval,
    Approved,
    ResultReady,
    Refused,
    Returned,
    Withdrawn,
    Stopped,
}

/// <summary>Intake channel; national codes 1 = in person, 2 = online, 3 = postal (DOMAIN.md §9.2, HIGH).</summary>
public enum IntakeChannel
{
    Direct = 1,
    Online = 2,
    Postal = 3,
}

/// <summary>Applicant kind (LoaiDoiTuong; the national code values are an open point, DOMAIN.md §13).</summary>
public enum ApplicantKind
{
    Citizen,
    Business,
    HouseholdBusiness,
}

/// <summary>Why the clock may stop: a supplement after appraisal, financial obligations, or another legal pause.</summary>
public enum PauseKind
{
    Supplement,
    FinancialObligation,
    Other,
}

/// <summary>
/// What a pause does to the period (DOMAIN.md §1.2 and §1.4): restart from zero, shift by the paused time, or
/// nothing (the clock keeps running, e.g. financial obligations unless sector law excludes them).
/// </summary>
public enum PauseEffect
{
    Restart,
    Shift,
    None,
}

/// <summary>How the result goes back to the applicant (DOMAIN.md §1.1 step 5).</summary>
public enum ReturnMethod
{
    Desk,
    Post,
    Online,
}

/// <summary>Result of a processing step or of the whole dossier: trước hạn / đúng hạn / quá hạn (form 05).</summary>
public enum Lateness
{
    Early,
    OnTime,
    Late,
}

/// <summary>What an inspector should see on a dossier.</summary>
public enum DossierViolation
{
    None,
    LateWithoutApology,
    LateAfterReappointment,
}

/// <summary>Business actions, as recorded in the audit trail.</summary>
public enum DossierAction
{
    Receive,
    RequestCompletion,
    RefuseAtReception,
    AcceptCompleted,
    Assign,
    Forward,
    Appraise,
    RequestSupplement,
    Pause,
    Resume,
    SubmitForApproval,
    Approve,
    Refuse,
    MarkResultReady,
    ReturnResult,
    Withdraw,
    Stop,
    Apologise,
    AttachFile,
}

public static class NationalStatus
{
    /// <summary>TrangThaiHoSo (DOMAIN.md §9.1, HIGH). A signed result is still "in process" until it reaches the desk.</summary>
    public static int Of(DossierStatus status, PauseKind? openPause = null) => status switch
    {
        DossierStatus.AwaitingCompletion => 5,
        DossierStatus.RefusedAtReception => 3,
        DossierStatus.Received => 2,
        DossierStatus.SupplementRequested => 5,
        DossierStatus.Paused => openPause == PauseKind.FinancialObligation ? 6 : 4,
        DossierStatus.InProcess or DossierStatus.AwaitingApproval or DossierStatus.Approved => 4,
        DossierStatus.ResultReady or DossierStatus.Refused => 9,
        DossierStatus.Returned => 10,
        DossierStatus.Withdrawn => 7,
        DossierStatus.Stopped => 8,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Statuses in which the legal clock runs (processing not finished).</summary>
    public static bool IsOpen(DossierStatus s) =>
        s is DossierStatus.Received or DossierStatus.InProcess or DossierStatus.SupplementRequested or DossierStatus.Paused
            or DossierStatus.AwaitingApproval or DossierStatus.Approved;
}
