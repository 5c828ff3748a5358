namespace OneStop.Api.Features.Calendar;

// CutOff is a per-procedure setting (DOMAIN §8.2: there is no general afternoon cut-off; e.g. 15:00 for
// certification of copies, Decree 23/2015 art. 21). Pauses are the dossier's pause ledger.
public sealed record DeadlineRequest(
    DateTimeOffset ReceivedAt,
    ProcessingTime ProcessingTime,
    TimeOnly? CutOff = null,
    IReadOnlyList<PauseInterval>? Pauses = null);
