using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Procedures;
using OneStop.Api.Features.Units;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Dossiers;

/// <summary>Everything forms 01–06 print about one dossier (Circular 01/2018/TT-VPCP numbering; DOMAIN.md §2).</summary>
public sealed record DossierFormsView(
    Dossier Dossier,
    ProcedureVersion Version,
    IReadOnlyDictionary<int, Unit> Units,
    IReadOnlyList<DossierDocument> Documents,
    IReadOnlyList<ProcedureFee> Fees,
    IReadOnlyList<DossierPause> Pauses,
    IReadOnlyList<DossierHandover> Handovers,
    IReadOnlyList<DossierApology> Apologies)
{
    public string UnitName(int? id) => id is { } v && Units.TryGetValue(v, out var u) ? u.Name : "";

    public static async Task<DossierFormsView> LoadAsync(OneStopDb db, Dossier d, CancellationToken ct)
    {
        var version = await ProcedureRepository.VersionsByIds(db, [d.ProcedureVersionId]).SingleAsync(ct);
        var documents = await db.DossierDocuments.AsNoTracking().Where(x => x.DossierId == d.Id).OrderBy(x => x.Ordinal).ToListAsync(ct);
        var fees = await ProcedureRepository.Fees(db, [d.ProcedureVersionId]).ToListAsync(ct);
        var pauses = await db.DossierPauses.AsNoTracking().Where(x => x.DossierId == d.Id).OrderBy(x => x.StartedAt).ToListAsync(ct);
        var handovers = await db.DossierHandovers.AsNoTracking().Where(x => x.DossierId == d.Id).OrderBy(x => x.Id).ToListAsync(ct);
        var apologies = await db.DossierApologies.AsNoTracking().Where(x => x.DossierId == d.Id).OrderBy(x => x.Id).ToListAsync(ct);
        var unitIds = handovers.SelectMany(h => new[] { h.FromUnitId, h.ToUnitId }).Concat(apologies.Select(a => (int?)a.ResponsibleUnitId))
            .Append(d.ReceivingUnitId).Append(d.CurrentUnitId).OfType<int>().Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        return new DossierFormsView(d, version, units, documents, fees, pauses, handovers, apologies);
    }
}

public sealed class DossierFormsGraphType : ObjectGraphType<DossierFormsView>
{
    public DossierFormsGraphType()
    {
        Name = "DossierForms";
        Description = "Data of forms 01–06: receipt, supplement request, refusal, apology, process-control sheet, tracking book.";
        Field<NonNullGraphType<ReceiptFormGraphType>>("receipt").Description("01 Giấy tiếp nhận hồ sơ và hẹn trả kết quả.").Resolve(c => c.Source);
        Field<SupplementRequestFormGraphType>("supplementRequest").Description("02 Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (at the desk, else the latest after appraisal).")
            .Resolve(c => SupplementRequestForm.From(c.Source));
        Field<RefusalFormGraphType>("refusal").Description("03 Phiếu từ chối tiếp nhận giải quyết hồ sơ / refusal notice.")
            .Resolve(c => c.Source.Dossier.RefusalReasons is null ? null : c.Source);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApologyFormGraphType>>>>("apologies").Description("04 Phiếu xin lỗi và hẹn lại ngày trả kết quả.")
            .Resolve(c => c.Source.Apologies.Select(a => (c.Source, a)).ToList());
        Field<NonNullGraphType<ProcessControlSheetGraphType>>("processControl").Description("05 Phiếu kiểm soát quá trình giải quyết hồ sơ.").Resolve(c => c.Source);
        Field<Satisfaction.RatingLinkGraphType>("ratingLink").Description("Printed on the return receipt (QR): the applicant's rating link while unused and valid.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<Satisfaction.RatingTokens>().CurrentLinkAsync(c.Source.Dossier.Id, c.Source.Dossier.Code,
                c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime, c.CancellationToken));
        Field<NonNullGraphType<TrackingBookRowGraphType>>("trackingBook").Description("06 Sổ theo dõi hồ sơ: this dossier's row.").Resolve(c => c.Source);
    }
}

public sealed class ReceiptFormGraphType : ObjectGraphType<DossierFormsView>
{
    public ReceiptFormGraphType()
    {
        Name = "ReceiptForm";
        Field<NonNullGraphType<StringGraphType>>("code").Resolve(c => c.Source.Dossier.Code);
        Field<NonNullGraphType<StringGraphType>>("receivingUnit").Resolve(c => c.Source.UnitName(c.Source.Dossier.ReceivingUnitId));
        Field<NonNullGraphType<ApplicantGraphType>>("applicant").Resolve(c => c.Source.Dossier);
        Field<NonNullGraphType<StringGraphType>>("procedureCode").Resolve(c => c.Source.Version.Code);
        Field<NonNullGraphType<StringGraphType>>("request").Description("Nội dung yêu cầu giải quyết.").Resolve(c => c.Source.Dossier.Subject ?? c.Source.Version.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DossierDocumentGraphType>>>>("documents").Resolve(c => c.Source.Documents);
        Field<NonNullGraphType<IntGraphType>>("sets").Resolve(c => c.Source.Dossier.Sets);
        Field<NonNullGraphType<ProcessingTimeGraphType>>("processingTime").Description("Thời gian giải quyết theo quy định.").Resolve(c => c.Source.Version.ProcessingTime);
        Field<NonNullGraphType<DateTimeScalar>>("receivedAt").Resolve(c => c.Source.Dossier.ReceivedAt.ToOffset());
        Field<DateTimeScalar>("appointmentAt").Resolve(c => c.Source.Dossier.OriginalAppointmentAt.ToOffset());
        Field<StringGraphType>("resultPlace").Description("Where the result is collected: the receiving unit's one-stop desk.")
            .Resolve(c => c.Source.Units.TryGetValue(c.Source.Dossier.ReceivingUnitId, out var u) ? u.OneStopDesk ?? u.Name : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProcedureFeeGraphType>>>>("fees").Resolve(c => c.Source.Fees);
        Field<NonNullGraphType<StringGraphType>>("receivedBy").Resolve(c => c.Source.Dossier.ReceivedByName);
    }
}

/// <summary>Form 02 data: at the desk (before receipt) or after appraisal.</summary>
public sealed record SupplementRequestForm(DossierFormsView View, IReadOnlyList<string> Items, string? Reason, DateTime RequestedAt, bool AtDesk)
{
    public static SupplementRequestForm? From(DossierFormsView v)
    {
        if (v.Dossier.DeskMissingItems is { } desk) return new(v, desk.Split('\n'), null, v.Dossier.ReceivedAt, true);
        var last = v.Pauses.LastOrDefault(p => p.Kind == PauseKind.Supplement);
        return last is null ? null : new(v, last.MissingItems?.Split('\n') ?? [], last.Reason, last.StartedAt, false);
    }
}

public sealed class SupplementRequestFormGraphType : ObjectGraphType<SupplementRequestForm>
{
    public SupplementRequestFormGraphType()
    {
        Name = "SupplementRequestForm";
        Field<NonNullGraphType<StringGraphType>>("code").Resolve(c => c.Source.View.Dossier.Code);
        Field<NonNullGraphType<StringGraphType>>("receivingUnit").Resolve(c => c.Source.View.UnitName(c.Source.View.Dossier.ReceivingUnitId));
        Field<NonNullGraphType<ApplicantGraphType>>("applicant").Resolve(c => c.Source.View.Dossier);
        Field<NonNullGraphType<StringGraphType>>("request").Resolve(c => c.Source.View.Dossier.Subject ?? "");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("items").Description("Everything to add, in one go.").Resolve(c => c.Source.Items);
        Field<StringGraphType>("reason").Resolve(c => c.Source.Reason);
        Field<NonNullGraphType<DateTimeScalar>>("requestedAt").Resolve(c => c.Source.RequestedAt.ToOffset());
        Field<NonNullGraphType<BooleanGraphType>>("atDesk").Resolve(c => c.Source.AtDesk);
    }
}

public sealed class RefusalFormGraphType : ObjectGraphType<DossierFormsView>
{
    public RefusalFormGraphType()
    {
        Name = "RefusalForm";
        Field<NonNullGraphType<StringGraphType>>("code").Resolve(c => c.Source.Dossier.Code);
        Field<NonNullGraphType<ApplicantGraphType>>("applicant").Resolve(c => c.Source.Dossier);
        Field<NonNullGraphType<StringGraphType>>("request").Resolve(c => c.Source.Dossier.Subject ?? "");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("reasons").Resolve(c => c.Source.Dossier.RefusalReasons!.Split('\n'));
        Field<NonNullGraphType<BooleanGraphType>>("atReception").Resolve(c => c.Source.Dossier.Status == DossierStatus.RefusedAtReception);
        Field<DateTimeScalar>("refusedAt").Resolve(c => c.Source.Dossier.FinishedAt.ToOffset());
    }
}

public sealed class ApologyFormGraphType : ObjectGraphType<(DossierFormsView View, DossierApology Apology)>
{
    public ApologyFormGraphType()
    {
        Name = "ApologyForm";
        Field<NonNullGraphType<StringGraphType>>("code").Resolve(c => c.Source.View.Dossier.Code);
        Field<NonNullGraphType<ApplicantGraphType>>("applicant").Resolve(c => c.Source.View.Dossier);
        Field<NonNullGraphType<DateTimeScalar>>("receivedAt").Resolve(c => c.Source.View.Dossier.ReceivedAt.ToOffset());
        Field<NonNullGraphType<StringGraphType>>("request").Resolve(c => c.Source.View.Dossier.Subject ?? "");
        Field<NonNullGraphType<DateTimeScalar>>("previousAppointmentAt").Resolve(c => c.Source.Apology.PreviousAppointmentAt.ToOffset());
        Field<NonNullGraphType<StringGraphType>>("reason").Resolve(c => c.Source.Apology.Reason);
        Field<NonNullGraphType<StringGraphType>>("responsibleUnit").Resolve(c => c.Source.View.UnitName(c.Source.Apology.ResponsibleUnitId));
        Field<NonNullGraphType<DateTimeScalar>>("newAppointmentAt").Resolve(c => c.Source.Apology.NewAppointmentAt.ToOffset());
        Field<StringGraphType>("returnPlace").Resolve(c => c.Source.View.Units.TryGetValue(c.Source.View.Dossier.ReceivingUnitId, out var u) ? u.OneStopDesk ?? u.Name : null);
        Field<NonNullGraphType<DateTimeScalar>>("issuedAt").Resolve(c => c.Source.Apology.IssuedAt.ToOffset());
        Field<NonNullGraphType<StringGraphType>>("issuedBy").Resolve(c => c.Source.Apology.IssuedByName);
    }
}

public sealed class ProcessControlSheetGraphType : ObjectGraphType<DossierFormsView>
{
    public ProcessControlSheetGraphType()
    {
        Name = "ProcessControlSheet";
        Field<NonNullGraphType<StringGraphType>>("code").Resolve(c => c.Source.Dossier.Code);
        Field<NonNullGraphType<ApplicantGraphType>>("applicant").Resolve(c => c.Source.Dossier);
        Field<NonNullGraphType<StringGraphType>>("request").Resolve(c => c.Source.Dossier.Subject ?? "");
        Field<NonNullGraphType<DateTimeScalar>>("receivedAt").Resolve(c => c.Source.Dossier.ReceivedAt.ToOffset());
        Field<DateTimeScalar>("appointmentAt").Resolve(c => c.Source.Dossier.AppointmentAt.ToOffset());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProcessControlRowGraphType>>>>("rows")
            .Description("One row per hand-over (giao → nhận), with the result of the step it closes.")
            .Resolve(c => c.Source.Handovers.Select(h => (c.Source, h)).ToList());
    }
}

public sealed class ProcessControlRowGraphType : ObjectGraphType<(DossierFormsView View, DossierHandover Row)>
{
    public ProcessControlRowGraphType()
    {
        Name = "ProcessControlRow";
        Field<NonNullGraphType<StringGraphType>>("fromUnit").Resolve(c => c.Source.View.UnitName(c.Source.Row.FromUnitId));
        Field<NonNullGraphType<StringGraphType>>("toUnit").Resolve(c => c.Source.View.UnitName(c.Source.Row.ToUnitId));
        Field<NonNullGraphType<StringGraphType>>("givenBy").Resolve(c => c.Source.Row.ActorName);
        Field<StringGraphType>("receivedBy").Resolve(c => c.Source.Row.ToOfficerName);
        Field<NonNullGraphType<DateTimeScalar>>("at").Resolve(c => c.Source.Row.At.ToOffset());
        Field<LatenessGraphType>("result").Description("Trước hạn / đúng hạn / quá hạn of the step handed on.").Resolve(c => c.Source.Row.StepResult);
        Field<StringGraphType>("note").Resolve(c => c.Source.Row.Note);
    }
}

public sealed class TrackingBookRowGraphType : ObjectGraphType<DossierFormsView>
{
    public TrackingBookRowGraphType()
    {
        Name = "TrackingBookRow";
        Field<NonNullGraphType<StringGraphType>>("code").Resolve(c => c.Source.Dossier.Code);
        Field<NonNullGraphType<IntGraphType>>("sequence").Description("Số thứ tự in the day's book.").Resolve(c => c.Source.Dossier.Sequence);
        Field<NonNullGraphType<StringGraphType>>("procedureName").Resolve(c => c.Source.Version.Name);
        Field<NonNullGraphType<IntGraphType>>("sets").Resolve(c => c.Source.Dossier.Sets);
        Field<NonNullGraphType<ApplicantGraphType>>("applicant").Resolve(c => c.Source.Dossier);
        Field<NonNullGraphType<StringGraphType>>("processingUnit").Resolve(c => c.Source.UnitName((c.Source.Handovers.Count > 0 ? c.Source.Handovers[0].ToUnitId : null) ?? c.Source.Dossier.CurrentUnitId));
        Field<NonNullGraphType<DateTimeScalar>>("receivedAt").Resolve(c => c.Source.Dossier.ReceivedAt.ToOffset());
        Field<DateTimeScalar>("appointmentAt").Resolve(c => c.Source.Dossier.AppointmentAt.ToOffset());
        Field<DateTimeScalar>("transferredAt").Resolve(c => (c.Source.Handovers.Count > 0 ? c.Source.Handovers[0].At.ToOffset() : null));
        Field<DateTimeScalar>("resultReceivedAt").Description("Result back at the desk.").Resolve(c => c.Source.Dossier.FinishedAt.ToOffset());
        Field<DateTimeScalar>("returnedAt").Resolve(c => c.Source.Dossier.ReturnedAt.ToOffset());
    }
}
