using System.Reactive.Linq;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Dossiers;
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
                var kinds = c.GetArgument<List<DeadlineAlertKind>?>("kinds");
                var mine = c.GetArgument<bool?>("mine") == true;
                string? unitPath = null;
                if (c.GetArgument<string?>("unitCode") is { } code)
                {
                    unitPath = await UnitQueries.VisibleTo(c.Service<OneStopDb>().Units.AsNoTracking(), viewer).Where(u => u.Code == code)
                        .Select(u => u.Path).FirstOrDefaultAsync(c.CancellationToken)
                        ?? throw new ExecutionError($"Unit {code} was not found.") { Code = "NOT_FOUND" };
                }
                var feed = c.Service<DeadlineAlertFeed>();
                // Each burst is read once per instance (the feed) and scoped here with the subscriber's viewer: an alert on a
                // dossier the subscriber may not read (now) is dropped before anything is resolved. Concat keeps the order.
                return c.Service<IEventBus>().Observe<DeadlineAlertsRaised>(DeadlineScanner.Topic)
                    .Select(raised => feed.Read([.. raised.Alerts.Where(e => kinds is not { Count: > 0 } || kinds.Contains(e.Kind)).Select(e => e.AlertId)]))
                    .Concat()
                    .Where(r => r is not null && r.VisibleTo(viewer, mine, unitPath))
                    .Select(r => (object?)r);
            })
            // Each event executes in its own service scope (scoped subscription strategy): the dossier already read is primed
            // into that scope's loader, so `dossier { … }` costs no query per subscriber and event.
            .Resolve(c =>
            {
                var raised = (RaisedAlert)c.Source!;
                c.RequestServices!.GetRequiredService<DossierByIdLoader>().Prime(raised.Dossier.Id, raised.Dossier);
                return raised.Alert;
            });
}
