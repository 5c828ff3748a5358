namespace OneStop.Api.Features.Calendar;

// How a pause acts on the period (DOMAIN §1.2, three models; chosen per procedure and rule version).
public enum PausePolicy
{
    // The due date moves by the paused working time (Thanh Hóa production system, HIGH as code).
    Shift,

    // The period restarts from zero when the pause ends (Decree 107/2021 on supplements, MED-LOW).
    Restart,
}

// One row of the pause ledger (DOMAIN §11.1); End is null while the pause is still open.
public sealed record PauseInterval(DateTimeOffset Start, DateTimeOffset? End, string Reason, PausePolicy Policy);
