using System.Security.Claims;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.Errors;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.DeadlineAlerts;

public sealed record AcknowledgeDeadlineAlertInput(string Id);

public sealed record AcknowledgeDeadlineAlertPayload(DeadlineAlert? Alert, IReadOnlyList<DomainError> Errors);

public sealed class AcknowledgeDeadlineAlertInputGraphType : InputObjectGraphType<AcknowledgeDeadlineAlertInput>
{
    public AcknowledgeDeadlineAlertInputGraphType()
    {
        Name = "AcknowledgeDeadlineAlertInput";
        Field<NonNullGraphType<IdGraphType>>("id");
    }
}

public sealed class DeadlineAlertErrorGraphType : UnionGraphType
{
    public DeadlineAlertErrorGraphType()
    {
        Name = "DeadlineAlertError";
        Type<NotFoundErrorGraphType>();
    }
}

public sealed class AcknowledgeDeadlineAlertPayloadGraphType : ObjectGraphType<AcknowledgeDeadlineAlertPayload>
{
    public AcknowledgeDeadlineAlertPayloadGraphType()
    {
        Name = "AcknowledgeDeadlineAlertPayload";
        Field<DeadlineAlertGraphType>("alert").Resolve(c => c.Source.Alert);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DeadlineAlertErrorGraphType>>>>("errors").Resolve(c => c.Source.Errors);
    }
}

public static class DeadlineAlertMutations
{
    public static void AddDeadlineAlertMutations(this Mutation m) =>
        m.Field<NonNullGraphType<AcknowledgeDeadlineAlertPayloadGraphType>, AcknowledgeDeadlineAlertPayload>("acknowledgeDeadlineAlert")
            .Description("Marks an alert as seen (first acknowledgement wins); it stays open until its deadline moves.")
            .AuthorizeWithPolicy(Policies.Authenticated)
            .Argument<NonNullGraphType<AcknowledgeDeadlineAlertInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AcknowledgeDeadlineAlertInput>("input");
                var db = c.Service<OneStopDb>();
                var viewer = c.Viewer();
                if (!GlobalId.TryDecode(input.Id, nameof(DeadlineAlert), out var id)) return new AcknowledgeDeadlineAlertPayload(null, [new NotFoundError("alert " + input.Id)]);
                // Visibility first: AsNoTracking inside the visibility query would make the whole query untracked.
                var visible = await DeadlineAlertRepository.VisibleTo(db, viewer, new DeadlineAlertFilter()).AnyAsync(a => a.Id == id, c.CancellationToken);
                var alert = visible ? await db.DeadlineAlerts.SingleOrDefaultAsync(a => a.Id == id, c.CancellationToken) : null;
                if (alert is null) return new AcknowledgeDeadlineAlertPayload(null, [new NotFoundError("alert " + input.Id)]);
                var name = viewer.Principal.FindFirstValue(Viewer.FullNameClaim) ?? viewer.Principal.Identity?.Name ?? "?";
                alert.Acknowledge(c.Service<TimeProvider>().GetUtcNow().UtcDateTime, viewer.UserId, name);
                await db.SaveChangesAsync(c.CancellationToken);
                return new AcknowledgeDeadlineAlertPayload(alert, []);
            });
}
