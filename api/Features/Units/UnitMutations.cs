using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.Errors;
using OneStop.Api.Infrastructure.Events;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Units;

public sealed record UpdateUnitInput(string Code, string Name, string? OneStopDesk, int ExpectedVersion);

public sealed record UpdateUnitPayload(Unit? Unit, IReadOnlyList<DomainError> Errors);

/// <summary>Published after a unit changed; subscribers re-read the unit.</summary>
public sealed record UnitChanged(int UnitId, string Code);

public sealed class UpdateUnitInputGraphType : InputObjectGraphType<UpdateUnitInput>
{
    public UpdateUnitInputGraphType()
    {
        Name = "UpdateUnitInput";
        Field(i => i.Code);
        Field(i => i.Name);
        Field(i => i.OneStopDesk, nullable: true);
        Field(i => i.ExpectedVersion).Description("The `version` the client read; a mismatch gives ConcurrencyConflictError.");
    }
}

public sealed class UpdateUnitErrorGraphType : UnionGraphType
{
    public UpdateUnitErrorGraphType()
    {
        Name = "UpdateUnitError";
        Type<ValidationErrorGraphType>();
        Type<NotFoundErrorGraphType>();
        Type<ConcurrencyConflictErrorGraphType>();
    }
}

public sealed class UpdateUnitPayloadGraphType : ObjectGraphType<UpdateUnitPayload>
{
    public UpdateUnitPayloadGraphType()
    {
        Name = "UpdateUnitPayload";
        Field<UnitGraphType>("unit").Resolve(c => c.Source.Unit);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UpdateUnitErrorGraphType>>>>("errors").Resolve(c => c.Source.Errors);
    }
}

public static class UnitMutations
{
    public static void AddUnitMutations(this Mutation mutation) =>
        mutation.Field<NonNullGraphType<UpdateUnitPayloadGraphType>, UpdateUnitPayload>("updateUnit")
            .Description("Renames a unit or its one-stop desk (Admin).")
            .AuthorizeWithPolicy(Policies.Admin)
            .Argument<NonNullGraphType<UpdateUnitInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<UpdateUnitInput>("input");
                var db = c.Service<OneStopDb>();
                var unit = await db.Units.SingleOrDefaultAsync(u => u.Code == input.Code, c.CancellationToken);
                if (unit is null) return new UpdateUnitPayload(null, [new NotFoundError("đơn vị " + input.Code)]);
                if (unit.Rename(input.Name, input.OneStopDesk, input.ExpectedVersion) is { } error) return new UpdateUnitPayload(null, [error]);
                try
                {
                    await db.SaveChangesAsync(c.CancellationToken);
                }
                catch (DbUpdateConcurrencyException)
                {
                    var current = await db.Units.AsNoTracking().Where(u => u.Id == unit.Id).Select(u => u.Version).SingleAsync(c.CancellationToken);
                    return new UpdateUnitPayload(null, [new ConcurrencyConflictError(current)]);
                }
                await c.Service<IEventBus>().PublishAsync(UnitSubscriptions.Topic(unit.Code), new UnitChanged(unit.Id, unit.Code), c.CancellationToken);
                return new UpdateUnitPayload(unit, []);
            });
}
