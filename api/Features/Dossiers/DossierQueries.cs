using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Calendar;
using OneStop.Api.Features.Procedures;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Dossiers;

public sealed class DossierFilterGraphType : InputObjectGraphType<DossierFilter>
{
    public DossierFilterGraphType()
    {
        Name = "DossierFilter";
        Field<ListGraphType<NonNullGraphType<DossierStatusGraphType>>>("status").Description("Any of these statuses.");
        Field<DeadlineStateGraphType>("deadlineState");
        Field(f => f.UnitCode, nullable: true).Description("Received or held by this unit or one of its sub-units.");
        Field(f => f.ProcedureCode, nullable: true);
        Field(f => f.FieldCode, nullable: true);
        Field<IntakeChannelGraphType>("channel");
        Field<DateScalar>("receivedFrom").Description("Local day of receipt, inclusive.");
        Field<DateScalar>("receivedTo");
        Field<DateScalar>("appointmentFrom").Description("Due day of the current appointment, inclusive.");
        Field<DateScalar>("appointmentTo");
        Field(f => f.Mine, nullable: true).Description("Only dossiers assigned to the signed-in officer (their queue).");
        Field(f => f.Search, nullable: true).Description("Receipt code or applicant name, ignoring Vietnamese diacritics and case.");
        Field(f => f.HasViolation, nullable: true).Description("Returned late without an apology, or after the new appointment.");
    }
}

/// <summary>What anyone may see about a dossier with its code and the last four digits of the phone: no personal data.</summary>
public sealed record PublicDossierStatus(Dossier Dossier, string ProcedureName, IReadOnlyList<DossierAuditEntry> Timeline);

public sealed class PublicTimelineEntryGraphType : ObjectGraphType<DossierAuditEntry>
{
    public PublicTimelineEntryGraphType()
    {
        Name = "PublicTimelineEntry";
        Field<NonNullGraphType<DateTimeScalar>>("at").Resolve(c => c.Source.At.ToOffset());
        Field<NonNullGraphType<DossierActionGraphType>>("action").Resolve(c => c.Source.Action);
        Field<NonNullGraphType<DossierStatusGraphType>>("status").Resolve(c => c.Source.ToStatus);
        Field(e => e.NationalStatusCode);
    }
}

public sealed class PublicDossierStatusGraphType : ObjectGraphType<PublicDossierStatus>
{
    public PublicDossierStatusGraphType()
    {
        Name = "PublicDossierStatus";
        Description = "A dossier's progress for the applicant: no names, ID numbers, phones or officers.";
        Field<NonNullGraphType<StringGraphType>>("code").Resolve(c => c.Source.Dossier.Code);
        Field<NonNullGraphType<StringGraphType>>("procedureName").Resolve(c => c.Source.ProcedureName);
        Field<NonNullGraphType<DossierStatusGraphType>>("status").Resolve(c => c.Source.Dossier.Status);
        Field<NonNullGraphType<IntGraphType>>("nationalStatusCode").Resolve(c => c.Source.Dossier.NationalStatusCode);
        Field<NonNullGraphType<DateTimeScalar>>("receivedAt").Resolve(c => c.Source.Dossier.ReceivedAt.ToOffset());
        Field<DateTimeScalar>("appointmentAt").Resolve(c => c.Source.Dossier.AppointmentAt.ToOffset());
        Field<DateTimeScalar>("returnedAt").Resolve(c => c.Source.Dossier.ReturnedAt.ToOffset());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PublicTimelineEntryGraphType>>>>("timeline").Resolve(c => c.Source.Timeline);
        Field<Satisfaction.RatingLinkGraphType>("ratingLink").Description("The applicant's rating link (the receipt's QR leads here): a returned dossier's unused, valid token.")
            .ResolveAsync(async c => c.Source.Dossier.Status == DossierStatus.Returned
                ? await c.RequestServices!.GetRequiredService<Satisfaction.RatingTokens>().CurrentLinkAsync(c.Source.Dossier.Id, c.Source.Dossier.Code,
                    c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime, c.CancellationToken)
                : null);
    }
}

/// <summary>The desk's preview of an appointment before accepting.</summary>
public sealed record AppointmentPreview(ProcedureVersion Version, DeadlineExplanationView Explanation);

public sealed class AppointmentPreviewGraphType : ObjectGraphType<AppointmentPreview>
{
    public AppointmentPreviewGraphType()
    {
        Name = "AppointmentPreview";
        Field<NonNullGraphType<ProcedureGraphType>>("procedure").Description("The version in force at that time.").Resolve(c => c.Source.Version);
        Field<NonNullGraphType<DateTimeScalar>>("appointmentAt").Resolve(c => c.Source.Explanation.Result.AppointmentAt.ToUniversalTime());
        Field<NonNullGraphType<DateScalar>>("dueDate").Resolve(c => c.Source.Explanation.Result.DueDate);
        Field<NonNullGraphType<DeadlineExplanationGraphType>>("explanation").Resolve(c => c.Source.Explanation);
    }
}

public static class DossierQueries
{
    public static void AddDossierQueries(this Query query)
    {
        query.Field<DossierGraphType, Dossier?>("dossier")
            .Description("A dossier by receipt code; null when it does not exist or is outside the viewer's units.")
            .AuthorizeWithPolicy(Policies.Authenticated)
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .ResolveAsync(async c => await ByCode(c, c.GetArgument<string>("code")));

        query.Connection<DossierGraphType, Dossier>("dossiers")
            .Description("Dossiers the viewer may see (their unit subtree; the province for admins, inspectors and analysts).")
            .AuthorizeWithPolicy(Policies.Authenticated)
            .Argument<DossierFilterGraphType>("where")
            .Argument<DossierOrderGraphType>("order")
            .ResolveAsync(async c =>
            {
                var db = c.Service<OneStopDb>();
                var viewer = c.Viewer();
                var deadlines = c.Service<DossierDeadlines>();
                var filter = c.GetArgument<DossierFilter?>("where") ?? new DossierFilter();
                var now = c.Service<TimeProvider>().GetUtcNow().UtcDateTime;
                var limit = filter.DeadlineState is DeadlineState.DueSoon or DeadlineState.WithinDeadline ? deadlines.DueSoonLimit() : now;
                var q = DossierRepository.Filter(db, DossierRepository.VisibleTo(db.Dossiers.AsNoTracking(), viewer), filter, viewer.UserId, now, deadlines.Today(), limit);
                var columns = DossierListProjection.For(c);
                return c.GetArgument<DossierOrder?>("order") switch
                {
                    DossierOrder.ReceivedOldest => await q.PageAsync(DossierRepository.ByReceivedOldest, c, columns),
                    DossierOrder.AppointmentSoonest => await q.PageAsync(DossierRepository.ByAppointment, c, columns),
                    DossierOrder.Code => await q.PageAsync(DossierRepository.ByCode, c, columns),
                    _ => await q.PageAsync(DossierRepository.ByReceivedNewest, c, columns),
                };
            });

        query.Field<AppointmentPreviewGraphType, AppointmentPreview?>("previewAppointment")
            .Description("The appointment a dossier received at `receivedAt` would get, with the explanation; null when no version is in force.")
            .Argument<NonNullGraphType<StringGraphType>>("procedureCode")
            .Argument<NonNullGraphType<DateTimeScalar>>("receivedAt")
            .Argument<StringGraphType>("unitCode", "The receiving unit (office hours are province-wide today; kept for per-unit calendars).")
            .ResolveAsync(async c =>
            {
                var receivedAt = c.GetArgument<DateTimeOffset>("receivedAt");
                var day = DossierClock.LocalDate(receivedAt.UtcDateTime);
                var version = await c.Service<OneStopDb>().ProcedureVersions.AsNoTracking().Include(v => v.Procedure)
                    .Where(v => v.Code == c.GetArgument<string>("procedureCode")).InForceOn(day).OrderByDescending(v => v.Number).FirstOrDefaultAsync(c.CancellationToken);
                return version is null ? null
                    : new AppointmentPreview(version, new DeadlineExplanationView(c.Service<DossierDeadlines>().Preview(version, receivedAt), c.Language()));
            });

        query.Field<DeadlineExplanationGraphType, DeadlineExplanationView?>("deadlineExplanation")
            .Description("Why a dossier's legal deadline is what it is; null when not visible or not accepted.")
            .AuthorizeWithPolicy(Policies.Authenticated)
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .ResolveAsync(async c =>
            {
                var d = await ByCode(c, c.GetArgument<string>("code"));
                if (d?.AppointmentAt is null) return null;
                var pauses = await c.Service<OneStopDb>().DossierPauses.AsNoTracking().Where(p => p.DossierId == d.Id).ToListAsync(c.CancellationToken);
                return new DeadlineExplanationView(c.Service<DossierDeadlines>().Legal(d, pauses), c.Language());
            });

        query.Field<PublicDossierStatusGraphType, PublicDossierStatus?>("publicDossierStatus")
            .Description("Anonymous tracking: status, appointment and timeline, when the code and the phone's last four digits match.")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .Argument<NonNullGraphType<StringGraphType>>("phoneLast4")
            .ResolveAsync(async c =>
            {
                var db = c.Service<OneStopDb>();
                var code = c.GetArgument<string>("code").Trim();
                var last4 = c.GetArgument<string>("phoneLast4").Trim();
                if (last4.Length != 4) return null;
                var d = await db.Dossiers.AsNoTracking().SingleOrDefaultAsync(x => x.Code == code && x.PhoneLast4 == last4, c.CancellationToken);
                if (d is null) return null;
                var name = await db.ProcedureVersions.Where(v => v.Id == d.ProcedureVersionId).Select(v => v.Name).SingleAsync(c.CancellationToken);
                var timeline = await db.DossierAuditEntries.AsNoTracking().Where(a => a.DossierId == d.Id).OrderBy(a => a.Id).ToListAsync(c.CancellationToken);
                return new PublicDossierStatus(d, name, timeline);
            });

        query.Field<DossierFormsGraphType, DossierFormsView?>("dossierForms")
            .Description("Data of forms 01–06 for one dossier; null when not visible.")
            .AuthorizeWithPolicy(Policies.Authenticated)
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .ResolveAsync(async c =>
            {
                var d = await ByCode(c, c.GetArgument<string>("code"));
                return d is null ? null : await DossierFormsView.LoadAsync(c.Service<OneStopDb>(), d, c.CancellationToken);
            });
    }

    private static Task<Dossier?> ByCode(IResolveFieldContext c, string code) =>
        DossierRepository.VisibleTo(c.Service<OneStopDb>().Dossiers.AsNoTracking(), c.Viewer()).SingleOrDefaultAsync(d => d.Code == code, c.CancellationToken);
}
