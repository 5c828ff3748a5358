using System.Globalization;
using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.Errors;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Procedures;

public enum ImportOutcome
{
    Created,
    Unchanged,
    Failed,
}

public sealed record ImportProceduresInput(string Json);

public sealed record ImportProcedureItem(int Index, string? Code, int? Number, ImportOutcome Outcome, ProcedureVersion? Procedure, IReadOnlyList<DomainError> Errors);

public sealed record ImportProceduresPayload(IReadOnlyList<ImportProcedureItem> Items, IReadOnlyList<DomainError> Errors)
{
    public int Count(ImportOutcome outcome) => Items.Count(i => i.Outcome == outcome);
}

public sealed class ImportOutcomeGraphType : EnumerationGraphType<ImportOutcome>
{
    public ImportOutcomeGraphType() => Description = "CREATED (new version), UNCHANGED (code and version already imported), FAILED (see errors).";
}

public sealed class ImportProceduresInputGraphType : InputObjectGraphType<ImportProceduresInput>
{
    public ImportProceduresInputGraphType()
    {
        Name = "ImportProceduresInput";
        Field(i => i.Json).Description("The national catalogue export: { \"thuTucHanhChinh\": [ { \"maTTHC\", \"phienBan\", \"tenTTHC\", … } ] }.");
    }
}

public sealed class ImportProcedureItemGraphType : ObjectGraphType<ImportProcedureItem>
{
    public ImportProcedureItemGraphType()
    {
        Name = "ImportProcedureItem";
        Field(i => i.Index).Description("Position in the file, from 0.");
        Field(i => i.Code, nullable: true);
        Field(i => i.Number, nullable: true);
        Field<NonNullGraphType<ImportOutcomeGraphType>>("outcome").Resolve(c => c.Source.Outcome);
        Field<ProcedureGraphType>("procedure").Resolve(c => c.Source.Procedure);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportProcedureItemErrorGraphType>>>>("errors").Resolve(c => c.Source.Errors);
    }
}

public sealed class ImportProceduresPayloadGraphType : ObjectGraphType<ImportProceduresPayload>
{
    public ImportProceduresPayloadGraphType()
    {
        Name = "ImportProceduresPayload";
        Field<NonNullGraphType<IntGraphType>>("created").Resolve(c => c.Source.Count(ImportOutcome.Created));
        Field<NonNullGraphType<IntGraphType>>("unchanged").Resolve(c => c.Source.Count(ImportOutcome.Unchanged));
        Field<NonNullGraphType<IntGraphType>>("failed").Resolve(c => c.Source.Count(ImportOutcome.Failed));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportProcedureItemGraphType>>>>("items").Resolve(c => c.Source.Items);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportProceduresErrorGraphType>>>>("errors")
            .Description("Errors about the file as a whole (nothing was imported).")
            .Resolve(c => c.Source.Errors);
    }
}

/// <summary>
/// Imports the national catalogue: each entry is saved on its own (one bad entry does not stop the others), an
/// entry whose code and version already exist is left alone, and entries with an effective date are published.
/// </summary>
public static class ImportProcedures
{
    public const int MaxItems = 5000;

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true, AllowTrailingCommas = true };

    public static void AddImportProcedures(this Mutation mutation) =>
        mutation.Field<NonNullGraphType<ImportProceduresPayloadGraphType>, ImportProceduresPayload>("importProcedures")
            .Description("Imports a national-catalogue JSON export, idempotent by code and version, with errors per entry (Admin).")
            .AuthorizeWithPolicy(Policies.Admin)
            .Argument<NonNullGraphType<ImportProceduresInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                NationalCatalogue? file;
                try
                {
                    file = JsonSerializer.Deserialize<NationalCatalogue>(c.GetArgument<ImportProceduresInput>("input").Json, JsonOptions);
                }
                catch (JsonException e)
                {
                    return FileError($"Tệp JSON không hợp lệ: {e.Message}", $"The JSON file is invalid: {e.Message}");
                }
                if (file?.Procedures is not { Count: > 0 } items)
                    return FileError("Tệp không có thủ tục nào (thuTucHanhChinh).", "The file has no procedures (thuTucHanhChinh).");
                if (items.Count > MaxItems)
                    return FileError($"Mỗi lần nhập tối đa {MaxItems} thủ tục.", $"Import at most {MaxItems} procedures at a time.");
                var db = c.Service<OneStopDb>();
                var clock = c.Service<TimeProvider>();
                var results = new List<ImportProcedureItem>(items.Count);
                for (var i = 0; i < items.Count; i++)
                {
                    results.Add(await ImportOneAsync(db, i, items[i], clock, c.CancellationToken));
                    db.ChangeTracker.Clear();
                }
                return new ImportProceduresPayload(results, []);
            });

    private static ImportProceduresPayload FileError(string vi, string en) => new([], [new ValidationError("json", vi, en)]);

    private static async Task<ImportProcedureItem> ImportOneAsync(OneStopDb db, int index, NationalProcedure item, TimeProvider clock, CancellationToken ct)
    {
        ImportProcedureItem Fail(params DomainError[] errors) => new(index, item.Code, item.Version, ImportOutcome.Failed, null, errors);
        var (input, inputErrors) = ToInput(index, item);
        if (input is null) return Fail([.. inputErrors]);
        var code = item.Code!.Trim();
        var number = item.Version!.Value;

        var procedure = await ProcedureMutations.LoadAsync(db, code, ct);
        if (procedure?.Versions.FirstOrDefault(v => v.Number == number) is { } existing)
            return new ImportProcedureItem(index, code, number, ImportOutcome.Unchanged, existing, []);
        if (procedure is null)
        {
            var (created, codeError) = Procedure.Create(code);
            if (codeError is not null) return Fail(codeError);
            procedure = created!;
            db.Procedures.Add(procedure);
        }
        else if (procedure.Draft is not null)
        {
            return Fail(new ValidationError($"thuTucHanhChinh.{index}.phienBan", "Thủ tục đang có bản dự thảo; hãy công bố hoặc nhập lại sau.",
                "The procedure has an open draft; publish it before importing another version."));
        }
        // Fields come with the national catalogue: an unknown field code is added.
        if (!await db.ProcedureFields.AnyAsync(f => f.Code == item.Field!.Code, ct))
            db.ProcedureFields.Add(new ProcedureField { Code = item.Field!.Code.Trim(), Name = item.Field.Name.Trim() });
        await db.SaveChangesAsync(ct);

        var (content, missing) = await ProcedureContentResolver.ResolveAsync(db, input, ct);
        if (content is null) return await DiscardAsync(db, procedure, Fail([.. missing]), ct);
        var (draft, errors) = procedure.EditDraft(content, procedure.Revision, number);
        if (draft is null) return await DiscardAsync(db, procedure, Fail([.. errors]), ct);
        if (item.EffectiveFrom is { } from)
        {
            var (_, publishErrors) = procedure.Publish(from, procedure.Revision, CatalogueClock.Today(clock), allowPast: true);
            if (publishErrors.Count > 0) return await DiscardAsync(db, procedure, Fail([.. publishErrors]), ct);
            procedure.MarkSynced(clock.GetUtcNow().UtcDateTime);
        }
        if (await ProcedureMutations.SaveAsync(db, procedure, ct) is { } conflict) return Fail(conflict);
        return new ImportProcedureItem(index, code, number, ImportOutcome.Created, draft, []);
    }

    // A procedure row created for an entry that then failed is removed again, so a failed entry leaves nothing behind.
    private static async Task<ImportProcedureItem> DiscardAsync(OneStopDb db, Procedure procedure, ImportProcedureItem failed, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        if (procedure.Versions.All(v => v.Id == 0)) await db.Procedures.Where(p => p.Id == procedure.Id).ExecuteDeleteAsync(ct);
        return failed;
    }

    private static (ProcedureContentInput? Input, List<DomainError> Errors) ToInput(int index, NationalProcedure p)
    {
        var errors = new List<DomainError>();
        var at = $"thuTucHanhChinh.{index}";
        void Fail(string field, string vi, string en) => errors.Add(new ValidationError($"{at}.{field}", vi, en));
        if (string.IsNullOrWhiteSpace(p.Code)) Fail("maTTHC", "Thiếu mã thủ tục.", "The procedure code is missing.");
        if (p.Version is null or < 1) Fail("phienBan", "Phiên bản phải là số nguyên từ 1.", "The version must be an integer from 1.");
        if (string.IsNullOrWhiteSpace(p.Name)) Fail("tenTTHC", "Thiếu tên thủ tục.", "The procedure name is missing.");
        if (p.Field is null || string.IsNullOrWhiteSpace(p.Field.Code) || string.IsNullOrWhiteSpace(p.Field.Name))
            Fail("linhVuc", "Thiếu lĩnh vực (mã và tên).", "The field (code and name) is missing.");
        var levels = Codes(p.Levels, Levels, "capThucHien", Fail);
        var applicants = Codes(p.ApplicantTypes, Applicants, "doiTuongThucHien", Fail);
        ProcessingTime? time = null;
        if (p.ProcessingTime is null || !TimeUnits.TryGetValue(p.ProcessingTime.Unit, out var unit))
            Fail("thoiHanGiaiQuyet", "Thời hạn giải quyết thiếu hoặc sai đơn vị (NGAY_LAM_VIEC, NGAY, GIO_LAM_VIEC).",
                "The processing time is missing or has an unknown unit (NGAY_LAM_VIEC, NGAY, GIO_LAM_VIEC).");
        else time = new ProcessingTime(p.ProcessingTime.Amount, unit);
        TimeOnly? cutOff = null;
        if (p.CutOffHour is not null)
        {
            if (TimeOnly.TryParseExact(p.CutOffHour, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)) cutOff = t;
            else Fail("gioTiepNhanCuoi", "Giờ tiếp nhận cuối phải có dạng HH:mm.", "The cut-off hour must look like HH:mm.");
        }
        var online = OnlineServiceClass.None;
        if (p.OnlineService is not null && !OnlineClasses.TryGetValue(p.OnlineService, out online))
            Fail("dichVuCongTrucTuyen", "Loại dịch vụ công trực tuyến phải là KHONG, MOT_PHAN hoặc TOAN_TRINH.", "The online service must be KHONG, MOT_PHAN or TOAN_TRINH.");
        if (errors.Count > 0) return (null, errors);
        return (new ProcedureContentInput(
            p.Name!, p.Field!.Code.Trim(), levels, applicants, time!, cutOff, online, p.LegacyOnlineLevel ?? (online == OnlineServiceClass.Full ? 4 : online == OnlineServiceClass.Partial ? 3 : 2),
            [.. (p.Fees ?? []).Select(NationalCatalogueMapper.ToFee)],
            [.. (p.RequiredDocuments ?? []).Select(NationalCatalogueMapper.ToDocument)],
            p.ResultDocuments ?? [], p.LegalBases ?? [],
            [.. (p.Steps ?? []).Select(NationalCatalogueMapper.ToStep)],
            p.ImplementingUnits ?? [], p.ReceivingUnits ?? p.ImplementingUnits ?? []), errors);
    }

    private static List<T> Codes<T>(IReadOnlyList<string>? codes, Dictionary<string, T> map, string field, Action<string, string, string> fail)
    {
        var result = new List<T>();
        foreach (var code in codes ?? [])
        {
            if (map.TryGetValue(code, out var value)) result.Add(value);
            else fail(field, $"Giá trị không hợp lệ: {code} (dùng {string.Join(", ", map.Keys)}).", $"Unknown value {code} (use {string.Join(", ", map.Keys)}).");
        }
        return result;
    }

    private static readonly Dictionary<string, ImplementingLevels> Levels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["TINH"] = ImplementingLevels.Province, ["HUYEN"] = ImplementingLevels.District, ["XA"] = ImplementingLevels.Commune,
    };

    private static readonly Dictionary<string, ApplicantTypes> Applicants = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CONG_DAN"] = ApplicantTypes.Citizen, ["DOANH_NGHIEP"] = ApplicantTypes.Business, ["HO_KINH_DOANH"] = ApplicantTypes.HouseholdBusiness,
    };

    private static readonly Dictionary<string, ProcessingTimeUnit> TimeUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        ["NGAY_LAM_VIEC"] = ProcessingTimeUnit.WorkingDays, ["NGAY"] = ProcessingTimeUnit.CalendarDays, ["GIO_LAM_VIEC"] = ProcessingTimeUnit.WorkingHours,
    };

    private static readonly Dictionary<string, OnlineServiceClass> OnlineClasses = new(StringComparer.OrdinalIgnoreCase)
    {
        ["KHONG"] = OnlineServiceClass.None, ["MOT_PHAN"] = OnlineServiceClass.Partial, ["TOAN_TRINH"] = OnlineServiceClass.Full,
    };
}
