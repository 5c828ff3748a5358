using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Units;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.Errors;

namespace OneStop.Api.Features.Dossiers;

/// <summary>How a historical dossier ended.</summary>
public enum ImportOutcome
{
    Returned,
    ResultReady,
    Refused,
    Withdrawn,
    Stopped,
}

public sealed record ImportApology(DateTimeOffset IssuedAt, string Reason, DateTimeOffset NewAppointmentAt);

public sealed record ImportSupplement(DateTimeOffset RequestedAt, DateTimeOffset ResumedAt, IReadOnlyList<string> MissingItems);

/// <summary>One historical dossier: its real receipt code, timestamps and outcome.</summary>
public sealed record ImportDossierRow(
    string Code,
    string ProcedureCode,
    IntakeChannel? Channel,
    ApplicantData Applicant,
    DateTimeOffset ReceivedAt,
    ImportOutcome Outcome,
    DateTimeOffset FinishedAt,
    DateTimeOffset? ReturnedAt,
    ReturnMethod? ReturnMethod,
    string? Reasons,
    string? Subject,
    ImportApology? Apology,
    ImportSupplement? Supplement);

public sealed record ImportRowError(int Row, string? Code, DomainError Error);

public sealed record ImportDossiersResult(int Total, int Imported, int Skipped, int Failed, IReadOnlyList<ImportRowError> Errors);

/// <summary>
/// <c>importDossiers</c> (DataEntry): historical dossiers with their real receipt codes, timestamps and outcomes, replayed
/// through the entity's methods (so deadlines, lateness, violations and the audit trail are derived exactly as for live
/// dossiers) and written in bulk. Each row is validated on its own and reported with its index; valid rows are imported
/// even when others fail. Idempotent by receipt code: a code already stored is skipped, so a file can be sent again after
/// fixing its bad rows; the day counters are raised past the imported sequences.
/// <para>
/// Synchronous, in calls of at most <see cref="MaxRows"/> rows: a large file is sent in chunks and the client shows
/// progress from the counts each call returns. Nothing lives in server memory between calls, so a restart or a lost
/// connection loses no work: sending the same chunk again skips what was imported.
/// </para>
/// </summary>
public sealed partial class DossierImport(OneStopDb db, DossierFactory factory, DossierDeadlines deadlines, TimeProvider clock)
{
    public const int MaxRows = 5000;

    // Marks every replayed audit entry; reports tell backfilled dossiers from those handled live by it.
    internal const string Note = "Nhập bổ sung hồ sơ đã giải quyết (backfill).";

    private readonly Dictionary<(string, DateOnly), IntakeCatalogue?> _catalogues = [];

    public async Task<ImportDossiersResult> ImportAsync(IReadOnlyList<ImportDossierRow> rows, Viewer viewer, CancellationToken ct)
    {
        if (rows.Count > MaxRows)
            return new(rows.Count, 0, 0, rows.Count, [new ImportRowError(0, null, new ValidationError("rows",
                $"Tối đa {MaxRows} hồ sơ mỗi lần; hãy chia tệp thành nhiều phần.", $"At most {MaxRows} rows per call; send the file in chunks."))]);
        var now = clock.GetUtcNow().UtcDateTime;
        var actor = DossierWorkflow.ActorOf(viewer);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, ct);
        var codes = rows.Select(r => r.Code?.Trim() ?? "").Where(c => c.Length > 0).Distinct().ToList();
        var existing = new HashSet<string>();
        foreach (var chunk in codes.Chunk(500))
            existing.UnionWith(await db.Dossiers.Where(d => chunk.Contains(d.Code)).Select(d => d.Code).ToListAsync(ct));

        var errors = new List<ImportRowError>();
        var built = new List<Dossier>();
        var seen = new HashSet<string>();
        var skipped = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var code = row.Code?.Trim() ?? "";
            if (existing.Contains(code))
            {
                skipped++;
                continue;
            }
            if (code.Length > 0 && !seen.Add(code))
            {
                errors.Add(new(i, code, new ValidationError("code", "Mã hồ sơ bị trùng trong tệp.", "The receipt code appears twice in the file.")));
                continue;
            }
            var (dossier, error) = await BuildAsync(row, code, units, viewer, actor, now, ct);
            if (error is not null) errors.Add(new(i, code, error));
            else built.Add(dossier!);
        }
        if (built.Count > 0)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var writer = new DossierBulkWriter(db);
            foreach (var batch in built.Chunk(1000)) await writer.WriteAsync(batch, ct);
            await writer.RaiseCountersAsync(ct);
            await tx.CommitAsync(ct);
        }
        return new(rows.Count, built.Count, skipped, errors.Count, errors);
    }

    private async Task<(Dossier?, DomainError?)> BuildAsync(ImportDossierRow row, string code, Dictionary<string, Unit> units, Viewer viewer, Actor actor,
        DateTime now, CancellationToken ct)
    {
        static ValidationError Invalid(string field, string vi, string en) => new(field, vi, en);
        var match = CodePattern().Match(code);
        if (!match.Success)
            return (null, Invalid("code", "Mã hồ sơ phải có dạng <mã cơ quan>-<yyMMdd>-<NNNN>.", "The receipt code must look like <agency>-<yyMMdd>-<NNNN>."));
        if (!DateOnly.TryParseExact(match.Groups["day"].Value, "yyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return (null, Invalid("code", "Ngày trong mã hồ sơ không hợp lệ.", "The date in the receipt code is invalid."));
        var sequence = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        if (sequence is < 1 or > DossierCodes.MaxPerDay)
            return (null, Invalid("code", "Số thứ tự trong mã hồ sơ phải từ 0001 đến 9999.", "The sequence in the receipt code must be 0001 to 9999."));
        if (!units.TryGetValue(match.Groups["agency"].Value, out var unit) || !viewer.CanSeeUnitPath(unit.Path))
            return (null, new NotFoundError("đơn vị tiếp nhận " + match.Groups["agency"].Value));

        var received = row.ReceivedAt.UtcDateTime;
        var finished = row.FinishedAt.UtcDateTime;
        var returned = row.ReturnedAt?.UtcDateTime;
        if (DossierClock.LocalDate(received) != day)
            return (null, Invalid("receivedAt", "Ngày tiếp nhận không khớp với ngày trong mã hồ sơ.", "The time of receipt does not match the date in the receipt code."));
        if (received > now || finished > now || returned > now)
            return (null, Invalid("receivedAt", "Thời điểm không được ở tương lai.", "Times cannot be in the future."));
        if (finished < received)
            return (null, Invalid("finishedAt", "Thời điểm kết thúc xử lý phải sau thời điểm tiếp nhận.", "Processing must end after receipt."));
        if (returned < finished)
            return (null, Invalid("returnedAt", "Thời điểm trả kết quả phải sau thời điểm kết thúc xử lý.", "The result is returned after processing ends."));
        if (row.Outcome == ImportOutcome.Returned && returned is null)
            return (null, Invalid("returnedAt", "Hồ sơ đã trả kết quả phải có thời điểm trả.", "A returned dossier needs the time of return."));
        if (row.Outcome is ImportOutcome.Refused or ImportOutcome.Withdrawn or ImportOutcome.Stopped && string.IsNullOrWhiteSpace(row.Reasons))
            return (null, Invalid("reasons", "Phải nêu lý do (từ chối, rút hoặc dừng xử lý).", "Give the reasons (refusal, withdrawal or stop)."));
        if (row.Supplement is { } s && (s.RequestedAt.UtcDateTime < received || s.ResumedAt < s.RequestedAt || s.ResumedAt.UtcDateTime > finished))
            return (null, Invalid("supplement", "Thời gian bổ sung phải nằm trong thời gian xử lý.", "The supplement must fall within processing."));
        if (row.Apology is { } a && (a.IssuedAt.UtcDateTime < received || a.IssuedAt.UtcDateTime > finished))
            return (null, Invalid("apology.issuedAt", "Thư xin lỗi phải được phát hành trong thời gian xử lý.", "The apology must be issued during processing."));

        var command = new IntakeCommand(row.ProcedureCode?.Trim() ?? "", unit.Code, row.Channel ?? IntakeChannel.Direct, row.Applicant, null, row.ReceivedAt,
            Subject: row.Subject);
        if (IntakeValidation.Validate(command) is { Count: > 0 } invalid) return (null, invalid[0]);
        if (!_catalogues.TryGetValue((command.ProcedureCode, day), out var catalogue))
            _catalogues[(command.ProcedureCode, day)] = catalogue = await factory.CatalogueAsync(command.ProcedureCode, day, ct);
        if (catalogue is null) return (null, new ProcedureNotInForceError(command.ProcedureCode, day));
        if (catalogue.ReceivingUnits.Count > 0 && !catalogue.ReceivingUnits.Any(r => unit.Path.StartsWith(r.Path, StringComparison.Ordinal)))
            return (null, Invalid("code", $"Đơn vị {unit.Code} không tiếp nhận hồ sơ của thủ tục này.", $"Unit {unit.Code} does not receive this procedure's dossiers."));

        var d = factory.Create(command, catalogue, unit, actor, received, sequence);
        var replay = new Replay(d, actor);
        var error = Play(row, d, replay, unit, received, finished, returned);
        return error is null ? (d, null) : (null, error);
    }

    private DomainError? Play(ImportDossierRow row, Dossier d, Replay r, Unit unit, DateTime received, DateTime finished, DateTime? returned)
    {
        var reasons = row.Reasons?.Trim() ?? "";
        var start = received.AddMinutes(1) < finished ? received.AddMinutes(1) : received;
        var error = r.Do(DossierAction.Assign, start, () => d.Assign(start, r.Actor, unit.Id, unit.Path, null, null, null));
        if (error is not null) return error;
        if (row.Outcome == ImportOutcome.Withdrawn) return r.Do(DossierAction.Withdraw, finished, () => d.Withdraw(finished, reasons));
        if (row.Outcome == ImportOutcome.Stopped) return r.Do(DossierAction.Stop, finished, () => d.Stop(finished, reasons));
        var appraised = row.Supplement is { } s0 ? s0.RequestedAt.UtcDateTime : start + (finished - start) / 2;
        error = r.Do(DossierAction.Appraise, appraised, () => d.Appraise(appraised, "Theo hồ sơ lưu trữ."));
        if (error is null && row.Supplement is { } s)
        {
            var requested = s.RequestedAt.UtcDateTime;
            var resumed = s.ResumedAt.UtcDateTime;
            var items = string.Join('\n', s.MissingItems.Where(x => !string.IsNullOrWhiteSpace(x)).Select(x => x.Trim()));
            error = r.Do(DossierAction.RequestSupplement, requested, () => d.RequestSupplement(requested, r.Actor, items.Length > 0 ? items : "Theo hồ sơ lưu trữ", "Theo hồ sơ lưu trữ.", null))
                ?? r.Do(DossierAction.Resume, resumed, () => d.Resume(resumed, r.Actor));
            deadlines.Recompute(d);
        }
        if (error is null && row.Apology is { } a)
        {
            var issued = a.IssuedAt.UtcDateTime;
            error = r.Do(DossierAction.Apologise, issued, () => d.Apologise(issued, r.Actor, a.Reason.Trim(), unit.Id, a.NewAppointmentAt.UtcDateTime));
        }
        if (error is not null) return error;
        if (row.Outcome == ImportOutcome.Refused)
        {
            error = r.Do(DossierAction.Refuse, finished, () => d.Refuse(finished, reasons, deadlines.FinishedNow(d, finished)));
        }
        else
        {
            error = r.Do(DossierAction.SubmitForApproval, finished, () => d.SubmitForApproval(finished, r.Actor, unit.Id, unit.Path, null, null, null, null))
                ?? r.Do(DossierAction.Approve, finished, d.Approve)
                ?? r.Do(DossierAction.MarkResultReady, finished, () => d.MarkResultReady(finished, r.Actor, d.ReceivingUnitPath, deadlines.FinishedNow(d, finished)));
        }
        if (error is null && returned is { } back && row.Outcome is ImportOutcome.Returned or ImportOutcome.Refused)
            error = r.Do(DossierAction.ReturnResult, back, () => d.ReturnResult(back, row.ReturnMethod ?? Dossiers.ReturnMethod.Desk));
        return error;
    }

    /// <summary>Applies one action and appends its audit entry (the previous snapshot is the next "before").</summary>
    private sealed class Replay(Dossier d, Actor actor)
    {
        private string _last = d.AuditEntries[^1].After;

        public Actor Actor => actor;

        public DomainError? Do(DossierAction action, DateTime at, Func<DomainError?> apply)
        {
            var from = d.Status;
            if (apply() is { } error) return error;
            d.Touch();
            var entry = DossierAudit.Entry(d, action, from, _last, at, actor, Note);
            d.AuditEntries.Add(entry);
            _last = entry.After;
            return null;
        }
    }

    [GeneratedRegex(@"^(?<agency>[0-9A-Za-z.]{1,40})-(?<day>\d{6})-(?<n>\d{4})$")]
    private static partial Regex CodePattern();
}
