using System.Reactive.Linq;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Units;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.Events;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.DeadlineAlerts;

public static class DeadlineAlertSubscriptions
{
    public static void AddDeadlineAlertSubscriptions(this Subscription subscription) =>
        subscription.Field<NonNullGraphType<DeadlineAlertGraphType>>("deadlineAlerts")
            .Description("Streams new alerts on dossiers the subscriber may read: its unit subtree (or `unitCode` within it), or its own queue with `mine: true`.")
            .AuthorizeWithPolicy(Policies.Authenticated)
            .Argument<StringGraphType>("unitCode")
            .Argument<ListGraphType<NonNullGraphType<DeadlineAlertKindGraphType>>>("kinds")
            .Argument<BooleanGraphType>("mine")
            .ResolveStreamAsync(async c =>
            {
                var viewer = c.Viewer();
                var filter = new DeadlineAlertFilter(c.GetArgument<string?>("unitCode"), Kinds: c.GetArgument<List<DeadlineAlertKind>?>("kinds"), Mine: c.GetArgument<bool?>("mine"));
                if (filter.UnitCode is { } code
                    && !await UnitQueries.VisibleTo(c.Service<OneStopDb>().Units.AsNoTracking(), viewer).AnyAsync(u => u.Code == code, c.CancellationToken))
                    throw new ExecutionError($"Unit {code} was not found.") { Code = "NOT_FOUND" };
                var scopes = c.Service<IServiceScopeFactory>();
                // Each event is re-read in its own scope with the subscriber's viewer: an alert on a dossier the
                // subscriber may not read (now) is dropped here, before anything is resolved. Concat keeps the order.
                return c.Service<IEventBus>().Observe<DeadlineAlertRaised>(DeadlineScanner.Topic)
                    .Where(e => filter.Kinds is not { Count: > 0 } kinds || kinds.Contains(e.Kind))
                    .Select(e => Observable.FromAsync(ct => ReadAsync(scopes, viewer, filter, e.AlertId, ct)))
                    .Concat()
                    .Where(a => a is not null)
                    .Select(a => (object?)a);
            })
            .Resolve(c => (DeadlineAlert)c.Source!);

    private static async Task<DeadlineAlert?> ReadAsync(IServiceScopeFactory scopes, Viewer viewer, DeadlineAlertFilter filter, long id, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OneStopDb>();
        return await DeadlineAlertRepository.VisibleTo(db, viewer, filter).SingleOrDefaultAsync(a => a.Id == id, ct);
    }
}
