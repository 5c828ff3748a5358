using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneStop.Api.Features.Dossiers;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.Errors;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Satisfaction;

public static class SatisfactionMutations
{
    private static readonly string[] Desk = [Roles.Receptionist, Roles.Admin];
    private static readonly string[] Leaders = [Roles.Leader, Roles.Admin];

    public static void AddSatisfactionMutations(this Mutation m)
    {
        m.Field<NonNullGraphType<RateDossierPayloadGraphType>, RateDossierPayload>("rateDossier")
            .Description("Public, no sign-in: rates a returned dossier with its single-use token (link/QR, kiosk, or the previous rating's change token).")
            .Argument<NonNullGraphType<RateDossierInputGraphType>>("input")
            .ResolveAsync(async c => await c.Service<RatingService>().RateAsync(c.GetArgument<RateDossierInput>("input"), c.CancellationToken));

        m.Field<NonNullGraphType<StartRatingKioskPayloadGraphType>, KioskPayload>("startRatingKiosk")
            .Description("Desk kiosk: a short-lived token for the dossier at the counter; the citizen's rating is recorded against this officer.")
            .AuthorizeWithPolicy(Policies.Officer)
            .Argument<NonNullGraphType<StartRatingKioskInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var viewer = c.Viewer();
                if (!Desk.Any(viewer.IsInRole)) return new KioskPayload(null, [new RoleNotAllowedError("startRatingKiosk", string.Join(", ", Desk))]);
                var db = c.Service<OneStopDb>();
                var code = c.GetArgument<StartRatingKioskInput>("input").Code.Trim();
                var d = await DossierRepository.VisibleTo(db.Dossiers.AsNoTracking(), viewer).SingleOrDefaultAsync(x => x.Code == code, c.CancellationToken);
                if (d is null) return new KioskPayload(null, [new NotFoundError("hồ sơ " + code)]);
                if (d.Status is not (DossierStatus.Returned or DossierStatus.ResultReady or DossierStatus.Refused))
                    return new KioskPayload(null, [new InvalidTransitionError("start a rating kiosk", d.Status)]);
                var now = c.Service<TimeProvider>().GetUtcNow().UtcDateTime;
                var rating = await db.DossierRatings.AsNoTracking().SingleOrDefaultAsync(r => r.DossierId == d.Id, c.CancellationToken);
                if (rating is not null && rating.ChangeableUntil <= now) return new KioskPayload(null, [new RatingWindowClosedError(rating.ChangeableUntil)]);
                var actor = DossierWorkflow.ActorOf(viewer);
                var link = c.Service<RatingTokens>().Issue(d, RatingTokenKind.Kiosk, now,
                    now.AddMinutes(c.Service<IOptions<SatisfactionOptions>>().Value.KioskTokenMinutes), actor.Id, actor.Name);
                await db.SaveChangesAsync(c.CancellationToken);
                return new KioskPayload(link, []);
            });

        m.Field<NonNullGraphType<FollowUpPayloadGraphType>, FollowUpPayload>("acknowledgeFollowUp")
            .Description("The leader acknowledges the follow-up (due within 2 working days).")
            .AuthorizeWithPolicy(Policies.Officer)
            .Argument<NonNullGraphType<AcknowledgeFollowUpInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var i = c.GetArgument<AcknowledgeFollowUpInput>("input");
                return await ChangeAsync(c, i.Id, i.ExpectedVersion, (f, now, by) => f.Acknowledge(now, by) ? null : new FollowUpStateError(f.Status));
            });

        m.Field<NonNullGraphType<FollowUpPayloadGraphType>, FollowUpPayload>("resolveFollowUp")
            .Description("Records the outcome (due within 15 working days); the citizen sees it through dossierRating.")
            .AuthorizeWithPolicy(Policies.Officer)
            .Argument<NonNullGraphType<ResolveFollowUpInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var i = c.GetArgument<ResolveFollowUpInput>("input");
                if (string.IsNullOrWhiteSpace(i.Outcome))
                    return new FollowUpPayload(null, [new ValidationError("outcome", "Phải ghi kết quả xử lý.", "Record the outcome.")]);
                return await ChangeAsync(c, i.Id, i.ExpectedVersion, (f, now, by) => f.Resolve(now, by, i.Outcome.Trim(), i.Upheld) ? null : new FollowUpStateError(f.Status));
            });
    }

    private static async Task<FollowUpPayload> ChangeAsync(IResolveFieldContext c, string id, int expectedVersion, Func<FollowUp, DateTime, string, DomainError?> apply)
    {
        var viewer = c.Viewer();
        if (!Leaders.Any(viewer.IsInRole)) return new FollowUpPayload(null, [new RoleNotAllowedError("follow up", string.Join(", ", Leaders))]);
        if (!GlobalId.TryDecode(id, nameof(FollowUp), out var key)) return new FollowUpPayload(null, [new NotFoundError("phản ánh " + id)]);
        var db = c.Service<OneStopDb>();
        var f = viewer.IsProvinceWide ? await db.FollowUps.SingleOrDefaultAsync(x => x.Id == key, c.CancellationToken)
            : viewer.UnitPath is { } path ? await db.FollowUps.SingleOrDefaultAsync(x => x.Id == key && x.UnitPath.StartsWith(path), c.CancellationToken) : null;
        if (f is null) return new FollowUpPayload(null, [new NotFoundError("phản ánh " + id)]);
        if (f.Version != expectedVersion) return new FollowUpPayload(null, [new ConcurrencyConflictError(f.Version)]);
        var now = c.Service<TimeProvider>().GetUtcNow().UtcDateTime;
        if (apply(f, now, DossierWorkflow.ActorOf(viewer).Name) is { } error) return new FollowUpPayload(null, [error]);
        try
        {
            await db.SaveChangesAsync(c.CancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new FollowUpPayload(null, [new ConcurrencyConflictError(f.Version)]);
        }
        var code = await db.Dossiers.Where(d => d.Id == f.DossierId).Select(d => d.Code).SingleAsync(c.CancellationToken);
        return new FollowUpPayload(new FollowUpView(f, code, true, DossierClock.LocalDate(now)), []);
    }
}
