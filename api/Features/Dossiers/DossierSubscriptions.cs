using System.Reactive.Linq;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.Events;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Dossiers;

public static class DossierSubscriptions
{
    public static void AddDossierSubscriptions(this Subscription subscription) =>
        subscription.Field<NonNullGraphType<DossierGraphType>>("dossierChanged")
            .Description("Streams the dossier each time its state changes, while the subscriber may read it.")
            .AuthorizeWithPolicy(Policies.Authenticated)
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .ResolveStreamAsync(async c =>
            {
                var code = c.GetArgument<string>("code");
                var viewer = c.Viewer();
                var visible = await DossierRepository.VisibleTo(c.Service<OneStopDb>().Dossiers.AsNoTracking(), viewer).AnyAsync(d => d.Code == code, c.CancellationToken);
                if (!visible) throw new ExecutionError($"Dossier {code} was not found.") { Code = "NOT_FOUND" };
                var scopes = c.Service<IServiceScopeFactory>();
                // Re-read per event in its own scope with the subscriber's viewer: a dossier handed to a unit outside
                // the subscriber's subtree stops streaming.
                return c.Service<IEventBus>().Observe<DossierChanged>(DossierWorkflow.Topic(code))
                    .Select(e => Observable.FromAsync(ct => ReadAsync(scopes, viewer, e.DossierId, ct)))
                    .Concat()
                    .Where(d => d is not null)
                    .Select(d => (object?)d);
            })
            .Resolve(c => (Dossier)c.Source!);

    private static async Task<Dossier?> ReadAsync(IServiceScopeFactory scopes, Viewer viewer, long id, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OneStopDb>();
        return await DossierRepository.VisibleTo(db.Dossiers.AsNoTracking(), viewer).SingleOrDefaultAsync(d => d.Id == id, ct);
    }
}
