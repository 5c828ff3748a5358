using System.Text.Json;

namespace OneStop.Api.Features.Dossiers;

/// <summary>Audit entries: a small JSON snapshot of the state an action changes, before and after.</summary>
public static class DossierAudit
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Snapshot(Dossier d) => JsonSerializer.Serialize(new
    {
        status = d.Status.ToString(),
        d.NationalStatusCode,
        unitId = d.CurrentUnitId,
        step = d.CurrentStep,
        assigneeId = d.AssigneeId,
        appointmentAt = d.AppointmentAt,
        d.SupplementRequests,
        d.Reappointments,
        violation = d.Violation.ToString(),
        d.Version,
    }, Json);

    public static DossierAuditEntry Entry(Dossier d, DossierAction action, DossierStatus? from, string before, DateTime at, Actor actor, string? note) => new()
    {
        DossierId = d.Id,
        At = at,
        ActorId = actor.Id,
        ActorName = actor.Name,
        Action = action,
        FromStatus = from,
        ToStatus = d.Status,
        NationalStatusCode = d.NationalStatusCode,
        Before = before,
        After = Snapshot(d),
        Note = note,
    };
}
