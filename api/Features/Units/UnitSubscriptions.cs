using System.Reactive.Linq;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.Events;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Units;

public static class UnitSubscriptions
{
    public static string Topic(string code) => $"unit:{code}";

    public static void AddUnitSubscriptions(this Subscription subscription) =>
        subscription.Field<NonNullGraphType<UnitGraphType>>("unitChanged")
            .Description("Streams the unit each time it changes (only units the subscriber may see).")
            .AuthorizeWithPolicy(Policies.Authenticated)
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .ResolveStreamAsync(async c =>
            {
                var code = c.GetArgument<string>("code");
                var viewer = c.Viewer();
                var db = c.Service<OneStopDb>();
                var visible = await UnitQueries.VisibleTo(db.Units.AsNoTracking(), viewer).AnyAsync(u => u.Code == code, c.CancellationToken);
                if (!visible) throw new ExecutionError($"Unit {code} was not found.") { Code = "NOT_FOUND" };
                return c.Service<IEventBus>().Observe<UnitChanged>(Topic(code)).Select(e => (object?)e);
            })
            .ResolveAsync(async c =>
            {
                // Each event is re-read in its own scope, so the subscriber sees committed data only.
                var changed = (UnitChanged)c.Source!;
                return await c.Service<OneStopDb>().Units.AsNoTracking().SingleAsync(u => u.Id == changed.UnitId, c.CancellationToken);
            });
}
