using GraphQL;
using GraphQL.Types;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.DeadlineAlerts;

public static class DeadlineAlertQueries
{
    public static void AddDeadlineAlertQueries(this Query query)
    {
        query.Connection<DeadlineAlertGraphType, DeadlineAlert>("deadlineAlerts")
            .Description("Alerts on dossiers the viewer may see, newest first; the history of a dossier or unit with `where`.")
            .AuthorizeWithPolicy(Policies.Authenticated)
            .Argument<DeadlineAlertFilterGraphType>("where")
            .ResolveAsync(async c =>
            {
                var filter = c.GetArgument<DeadlineAlertFilter?>("where") ?? new DeadlineAlertFilter();
                return await DeadlineAlertRepository.VisibleTo(c.Service<OneStopDb>(), c.Viewer(), filter).PageAsync(DeadlineAlertRepository.ByRaisedNewest, c);
            });

        query.Field<NonNullGraphType<AlertSummaryGraphType>, AlertSummary>("alertSummary")
            .Description("Counts of open alerts the viewer may see, optionally within one unit's subtree.")
            .AuthorizeWithPolicy(Policies.Authenticated)
            .Argument<StringGraphType>("unitCode")
            .ResolveAsync(async c => await DeadlineAlertRepository.SummaryAsync(c.Service<OneStopDb>(), c.Viewer(), c.GetArgument<string?>("unitCode"), c.CancellationToken));
    }
}
