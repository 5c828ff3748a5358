using System.Reactive.Linq;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Dossiers;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.Events;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Satisfaction;

public static class SatisfactionSubscriptions
{
    public static void AddSatisfactionSubscriptions(this Subscription subscription) =>
        subscription.Field<NonNullGraphType<FollowUpGraphType>>("followUpOpened")
            .Description("The leader's alert: a Not satisfied rating opened a follow-up for this unit (a unit the subscriber may see).")
            .AuthorizeWithPolicy(Policies.Officer)
            .Argument<NonNullGraphType<StringGraphType>>("unitCode")
            .ResolveStreamAsync(async c =>
            {
                var code = c.GetArgument<string>("unitCode");
                var viewer = c.Viewer();
                var unit = await c.Service<OneStopDb>().Units.AsNoTracking().SingleOrDefaultAsync(u => u.Code == code, c.CancellationToken);
                if (unit is null || !viewer.CanSeeUnitPath(unit.Path)) throw new ExecutionError($"Unit {code} was not found.") { Code = "NOT_FOUND" };
                return c.Service<IEventBus>().Observe<FollowUpOpened>(RatingService.UnitTopic(unit.Id)).Select(e => (object?)e);
            })
            .ResolveAsync(async c =>
            {
                var opened = (FollowUpOpened)c.Source!;
                var db = c.Service<OneStopDb>();
                var f = await db.FollowUps.AsNoTracking().SingleAsync(x => x.Id == opened.FollowUpId, c.CancellationToken);
                var code = await db.Dossiers.Where(d => d.Id == f.DossierId).Select(d => d.Code).SingleAsync(c.CancellationToken);
                return new FollowUpView(f, code, true, DossierClock.LocalDate(c.Service<TimeProvider>().GetUtcNow().UtcDateTime));
            });
}
