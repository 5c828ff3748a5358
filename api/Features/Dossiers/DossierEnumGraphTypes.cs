using GraphQL.Types;
using OneStop.Api.Features.Calendar;

namespace OneStop.Api.Features.Dossiers;

public sealed class DossierStatusGraphType : EnumerationGraphType<DossierStatus>
{
    public DossierStatusGraphType()
    {
        Name = "DossierStatus";
        Description = "Where the dossier is in its life; `nationalStatusCode` gives the DVCQG code (1–10).";
    }
}

public sealed class IntakeChannelGraphType : EnumerationGraphType<IntakeChannel>
{
    public IntakeChannelGraphType()
    {
        Name = "IntakeChannel";
        Description = "DIRECT (national code 1), ONLINE (2), POSTAL (3).";
    }
}

public sealed class ApplicantKindGraphType : EnumerationGraphType<ApplicantKind>
{
    public ApplicantKindGraphType() => Name = "ApplicantKind";
}

public sealed class PauseKindGraphType : EnumerationGraphType<PauseKind>
{
    public PauseKindGraphType() => Name = "PauseKind";
}

public sealed class PauseEffectGraphType : EnumerationGraphType<PauseEffect>
{
    public PauseEffectGraphType()
    {
        Name = "PauseEffect";
        Description = "RESTART: the period restarts when the pause ends; SHIFT: the deadline moves by the paused working time; NONE: the clock keeps running.";
    }
}

public sealed class ReturnMethodGraphType : EnumerationGraphType<ReturnMethod>
{
    public ReturnMethodGraphType() => Name = "ReturnMethod";
}

public sealed class LatenessGraphType : EnumerationGraphType<Lateness>
{
    public LatenessGraphType()
    {
        Name = "Lateness";
        Description = "Trước hạn / đúng hạn / quá hạn (form 05).";
    }
}

public sealed class DossierViolationGraphType : EnumerationGraphType<DossierViolation>
{
    public DossierViolationGraphType() => Name = "DossierViolation";
}

public sealed class DossierActionGraphType : EnumerationGraphType<DossierAction>
{
    public DossierActionGraphType() => Name = "DossierAction";
}

public sealed class DeadlineStateGraphType : EnumerationGraphType<DeadlineState>
{
    public DeadlineStateGraphType()
    {
        Name = "DeadlineState";
        Description = "Finished: EARLY, ON_TIME, LATE (against the legal deadline). Open: WITHIN_DEADLINE, DUE_SOON (≤ 1 working day left), OVERDUE.";
    }
}

public sealed class IntakeOutcomeGraphType : EnumerationGraphType<IntakeOutcome>
{
    public IntakeOutcomeGraphType()
    {
        Name = "IntakeOutcome";
        Description = "ACCEPT (receipt and appointment), REQUEST_SUPPLEMENT (once, in full, form 02) or REFUSE (with reasons, form 03).";
    }
}

public sealed class DossierOrderGraphType : EnumerationGraphType<DossierOrder>
{
    public DossierOrderGraphType()
    {
        Name = "DossierOrder";
        Description = "Ties are broken by id, so pages are stable. Default RECEIVED_NEWEST.";
    }
}

public sealed class ExplanationKindGraphType : EnumerationGraphType<ExplanationKind>
{
    public ExplanationKindGraphType() => Name = "DeadlineExplanationKind";
}
