using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Units;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.Errors;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Staffing.Import;

public sealed record ImportStaffingInput(string UnitCode, string ContentBase64);

/// <summary>A row that was not imported, with the column at fault.</summary>
public sealed record ImportRowError(int Row, string? Field, string Code, string Message, string MessageEn);

public sealed record ImportStaffingPayload(int Rows, int Created, int Updated, int Unchanged, IReadOnlyList<ImportRowError> RowErrors,
    IReadOnlyList<DomainError> Errors);

public enum ImportOutcome
{
    Created,
    Updated,
    Unchanged,
}

public sealed class ImportStaffingInputGraphType : InputObjectGraphType<ImportStaffingInput>
{
    public ImportStaffingInputGraphType()
    {
        Name = "ImportStaffingInput";
        Field(i => i.UnitCode).Description("Unit whose register receives new people.");
        Field(i => i.ContentBase64).Description("The .xlsx file, base64-encoded (first sheet, header row first).");
    }
}

public sealed class ImportRowErrorGraphType : ObjectGraphType<ImportRowError>
{
    public ImportRowErrorGraphType()
    {
        Name = "StaffingImportRowError";
        Field(e => e.Row).Description("Spreadsheet row number (the header is row 1).");
        Field(e => e.Field, nullable: true).Description("The field at fault (personKey, dateOfBirth, officeCode…).");
        Field(e => e.Code);
        Field<NonNullGraphType<StringGraphType>>("message").Resolve(c => c.Language() == "en" ? c.Source.MessageEn : c.Source.Message);
    }
}

public sealed class ImportStaffingPayloadGraphType : ObjectGraphType<ImportStaffingPayload>
{
    public ImportStaffingPayloadGraphType()
    {
        Name = "ImportStaffingPayload";
        Field(p => p.Rows).Description("Data rows read (blank rows skipped).");
        Field(p => p.Created);
        Field(p => p.Updated);
        Field(p => p.Unchanged);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportRowErrorGraphType>>>>("rowErrors")
            .Description("Rows not imported; every other row was applied.").Resolve(c => c.Source.RowErrors);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StaffingErrorGraphType>>>>("errors").Resolve(c => c.Source.Errors);
    }
}

/// <summary>
/// <c>importStaffing</c>: applies a staffing spreadsheet row by row. Idempotent by staff code: a row creates the
/// person or brings them up to date, records the employment term and the post only when they differ, so a
/// second import of the same file changes nothing. A row with an error is left out entirely.
/// </summary>
public static class StaffingImport
{
    public const int MaxBase64Length = 8_000_000;

    public static void AddStaffingImport(this Mutation mutation) =>
        mutation.Field<NonNullGraphType<ImportStaffingPayloadGraphType>, ImportStaffingPayload>("importStaffing")
            .Description("Imports a staffing spreadsheet (.xlsx) into a unit's register, with per-row errors.")
            .AuthorizeWithPolicy(Policies.StaffingEditor)
            .Argument<NonNullGraphType<ImportStaffingInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ImportStaffingInput>("input");
                var service = c.Service<StaffingService>();
                var viewer = c.Viewer();
                var (unit, error) = await service.EditableUnitAsync(viewer, input.UnitCode, c.CancellationToken);
                if (unit is null) return Failed(error!);
                var content = new byte[input.ContentBase64.Length * 3 / 4 + 3];
                if (input.ContentBase64.Length > MaxBase64Length || !Convert.TryFromBase64String(input.ContentBase64, content, out var written)
                    || !XlsxSheet.TryRead(content[..written], out var sheet))
                    return Failed(new ValidationError("contentBase64", "Tệp không phải bảng tính .xlsx hợp lệ (tối đa 6 MB).", "The file is not a valid .xlsx workbook (6 MB at most)."));
                if (sheet.Rows.Count == 0) return Failed(new ValidationError("contentBase64", "Bảng tính trống.", "The workbook is empty."));
                var columns = StaffingImportRow.MapHeaders(sheet.Rows[0].Cells);
                if (!columns.ContainsKey("personKey") || !columns.ContainsKey("fullName"))
                    return Failed(new ValidationError("contentBase64", "Thiếu cột \"Mã cán bộ\" hoặc \"Họ và tên\" ở dòng tiêu đề.", "The header row lacks \"Mã cán bộ\" or \"Họ và tên\"."));

                var db = c.Service<OneStopDb>();
                var (rows, created, updated, unchanged) = (0, 0, 0, 0);
                var rowErrors = new List<ImportRowError>();
                foreach (var (number, cells) in sheet.Rows.Skip(1))
                {
                    var row = StaffingImportRow.Parse(number, cells, columns);
                    if (row.IsBlank) continue;
                    rows++;
                    if (row.Errors.Count > 0)
                    {
                        rowErrors.AddRange(row.Errors.Select(e => new ImportRowError(number, e.Field, "VALIDATION", e.Message, e.MessageEn)));
                        continue;
                    }
                    var (outcome, rowError) = await ApplyAsync(service, db, viewer, unit, row, c.CancellationToken);
                    db.ChangeTracker.Clear();
                    if (rowError is not null)
                    {
                        rowErrors.Add(new ImportRowError(number, (rowError as ValidationError)?.Field, rowError.Code, rowError.Message, rowError.MessageEn));
                        continue;
                    }
                    if (outcome == ImportOutcome.Created) created++;
                    else if (outcome == ImportOutcome.Updated) updated++;
                    else unchanged++;
                }
                return new ImportStaffingPayload(rows, created, updated, unchanged, rowErrors, []);
            });

    private static ImportStaffingPayload Failed(DomainError error) => new(0, 0, 0, 0, [], [error]);

    private static async Task<(ImportOutcome, DomainError?)> ApplyAsync(StaffingService service, OneStopDb db, Viewer viewer, Unit unit,
        StaffingImportRow row, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var outcome = ImportOutcome.Unchanged;
        var person = await db.People.SingleOrDefaultAsync(p => p.PersonKey == row.PersonKey, ct);
        if (person is null)
        {
            var (added, error) = await service.CreatePersonAsync(unit, row.PersonKey, row.FullName, row.DateOfBirth, row.SeniorityStart, ct);
            if (added is null) return (outcome, error);
            await db.SaveChangesAsync(ct);
            (person, outcome) = (added, ImportOutcome.Created);
        }
        else
        {
            if (await service.EditablePersonAsync(viewer, person.Id, ct) is null)
                return (outcome, new ValidationError("personKey", $"Mã cán bộ {row.PersonKey} thuộc đơn vị khác.", $"Staff code {row.PersonKey} belongs to another unit."));
            if (person.FullName != row.FullName.Trim() || person.DateOfBirth != row.DateOfBirth || person.SeniorityStart != row.SeniorityStart)
            {
                if (person.Update(row.FullName, row.DateOfBirth, row.SeniorityStart, person.Version, service.Today) is { } error) return (outcome, error);
                outcome = ImportOutcome.Updated;
            }
        }

        if (row.Type is { } type && row.Start is { } start)
        {
            var same = await db.Employments.SingleOrDefaultAsync(e => e.PersonId == person.Id && e.Type == type && e.Start == start, ct);
            if (same is null)
            {
                var (_, error) = await service.RecordEmploymentAsync(person, type, row.Job, start, row.End, ct);
                if (error is not null) return (outcome, error);
                outcome = Touched(outcome);
            }
            else if (same.End != row.End || same.SupportJob != row.Job)
            {
                if (same.Update(row.Job, row.End, same.Version) is { } error) return (outcome, error);
                outcome = Touched(outcome);
            }
            await db.SaveChangesAsync(ct);
        }

        if (row.OfficeCode is { } officeCode && row.From is { } from)
        {
            var office = await service.EditableOfficeAsync(viewer, officeCode, ct);
            if (office is null) return (outcome, new ValidationError("officeCode", $"Không tìm thấy phòng {officeCode}.", $"Office {officeCode} was not found."));
            var current = await db.Assignments.Where(a => a.PersonId == person.Id && (a.To == null || a.To >= from)).ToListAsync(ct);
            if (!current.Any(a => a.OfficeId == office.Id && a.Position == row.Position && a.PostType == row.PostType && a.From == from))
            {
                // The sheet gives each person's main post: the post held before ends the day before the new one starts.
                foreach (var previous in current.Where(a => a.From < from)) previous.End(from.AddDays(-1), previous.Version);
                if (current.Any(a => a.From >= from))
                    return (outcome, new ValidationError("from", "Đã có vị trí công tác bắt đầu từ ngày này trở đi.", "A post starting on or after this date is already recorded."));
                await db.SaveChangesAsync(ct);
                var (_, error) = await service.AssignAsync(person, office, row.Position, row.PostType, from, null, ct);
                if (error is not null) return (outcome, error);
                outcome = Touched(outcome);
            }
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (outcome, null);
    }

    private static ImportOutcome Touched(ImportOutcome outcome) => outcome == ImportOutcome.Created ? outcome : ImportOutcome.Updated;
}
