using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Procedures;
using OneStop.Api.Features.Units;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.Errors;
using OneStop.Api.Infrastructure.Text;

namespace OneStop.Api.Features.Dossiers;

/// <summary>What an intake needs from the catalogue: the version in force with its documents and receiving units.</summary>
public sealed record IntakeCatalogue(ProcedureVersion Version, IReadOnlyList<RequiredDocument> RequiredDocuments, IReadOnlyList<Unit> ReceivingUnits, DossierPolicy Policy);

/// <summary>
/// Creates dossiers. <see cref="ReceiveAsync"/> is the desk's intake (validation, code, deadline, one transaction);
/// <see cref="Create"/> is the pure part that seeders and imports call with numbers they allocate in bulk
/// (then <see cref="DossierCodes.RaiseCountersAsync"/>), so no GraphQL and no per-row SaveChanges are needed.
/// </summary>
public sealed class DossierFactory(OneStopDb db, DossierDeadlines deadlines, TimeProvider clock)
{
    /// <summary>The version in force on the day of receipt, with its rules (DOMAIN.md §0.2).</summary>
    public async Task<IntakeCatalogue?> CatalogueAsync(string procedureCode, DateOnly day, CancellationToken ct)
    {
        var version = await db.ProcedureVersions.AsNoTracking().Where(v => v.Code == procedureCode).InForceOn(day)
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        if (version is null) return null;
        var documents = await ProcedureRepository.RequiredDocuments(db, [version.Id]).ToListAsync(ct);
        var units = await db.ProcedureVersionUnits.AsNoTracking()
            .Where(u => u.VersionId == version.Id && (u.Roles & ProcedureUnitRoles.Receiving) == ProcedureUnitRoles.Receiving)
            .Select(u => u.Unit!).ToListAsync(ct);
        var own = await db.DossierPolicies.AsNoTracking().SingleOrDefaultAsync(p => p.ProcedureVersionId == version.Id, ct);
        return new IntakeCatalogue(version, documents, units, deadlines.Rules.For(version.Id, own));
    }

    /// <summary>
    /// The desk's intake: validates, binds the version in force, allocates the receipt code and computes the
    /// appointment in one transaction. <paramref name="unitAllowed"/> applies the viewer's unit scope.
    /// </summary>
    public async Task<(Dossier? Dossier, IReadOnlyList<DomainError> Errors)> ReceiveAsync(IntakeCommand command, Actor actor, bool mayBackfill,
        Func<Unit, bool> unitAllowed, CancellationToken ct)
    {
        var errors = IntakeValidation.Validate(command);
        var now = clock.GetUtcNow();
        var receivedAt = now;
        if (command.ReceivedAt is { } given && mayBackfill)
        {
            if (given > now.AddMinutes(1))
                errors.Add(new ValidationError("receivedAt", "Thời điểm tiếp nhận không được ở tương lai.", "The time of receipt cannot be in the future."));
            receivedAt = given;
        }
        var unitCode = command.UnitCode;
        if (unitCode is null && actor.UnitId is { } own)
            unitCode = await db.Units.Where(u => u.Id == own).Select(u => u.Code).SingleOrDefaultAsync(ct);
        var unit = unitCode is null ? null : await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Code == unitCode, ct);
        if (unit is null || !unitAllowed(unit)) return (null, [.. errors, new NotFoundError("đơn vị tiếp nhận " + (unitCode ?? ""))]);
        var day = DossierClock.LocalDate(receivedAt.UtcDateTime);
        var catalogue = await CatalogueAsync(command.ProcedureCode.Trim(), day, ct);
        if (catalogue is null) return (null, [.. errors, new ProcedureNotInForceError(command.ProcedureCode, day)]);
        if (catalogue.ReceivingUnits.Count > 0 && !catalogue.ReceivingUnits.Any(r => unit.Path.StartsWith(r.Path, StringComparison.Ordinal)))
            errors.Add(new ValidationError("unitCode", $"Đơn vị {unit.Code} không tiếp nhận hồ sơ của thủ tục này.", $"Unit {unit.Code} does not receive this procedure's dossiers."));
        if (command.Outcome == IntakeOutcome.Accept && command.Documents is { } docs)
        {
            var filed = docs.Select(d => VietnameseText.Fold(d.Name)).ToHashSet();
            var missing = catalogue.RequiredDocuments.Where(r => !filed.Contains(VietnameseText.Fold(r.Name))).Select(r => r.Name).ToList();
            if (missing.Count > 0)
                errors.Add(new ValidationError("documents", $"Thiếu thành phần hồ sơ: {string.Join("; ", missing)}. Hãy yêu cầu bổ sung một lần, đầy đủ.",
                    $"Missing components: {string.Join("; ", missing)}. Request a supplement, once and in full."));
        }
        if (errors.Count > 0) return (null, errors);

        for (var attempt = 1; ; attempt++)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            try
            {
                var sequence = await DossierCodes.NextAsync(db, unit.Code, day, ct);
                if (sequence > DossierCodes.MaxPerDay)
                    return (null, [new ValidationError("unitCode", "Đơn vị đã dùng hết 9999 số hồ sơ trong ngày.", "The unit has used all 9999 dossier numbers of the day.")]);
                var dossier = Create(command, catalogue, unit, actor, receivedAt.UtcDateTime, sequence);
                db.Dossiers.Add(dossier);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return (dossier, []);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Two first intakes of the day raced to insert the counter row (SQL Server): start over.
                await tx.RollbackAsync(ct);
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Builds the dossier with its documents, status, deadline and first audit entry. No database access.</summary>
    public Dossier Create(IntakeCommand c, IntakeCatalogue catalogue, Unit unit, Actor actor, DateTime receivedAtUtc, int sequence)
    {
        var v = catalogue.Version;
        var day = DossierClock.LocalDate(receivedAtUtc);
        var code = DossierCodes.Format(unit.Code, day, sequence);
        var phone = IntakeValidation.NormalizePhone(c.Applicant.Phone);
        var documents = c.Documents is { Count: > 0 } given
            ? given.Select((d, i) => new DossierDocument { Ordinal = i + 1, Name = d.Name.Trim(), Originals = d.Originals, CertifiedCopies = d.CertifiedCopies, Copies = d.Copies })
            : catalogue.RequiredDocuments.Select((d, i) => new DossierDocument { Ordinal = i + 1, Name = d.Name, Originals = d.Originals, CertifiedCopies = d.CertifiedCopies, Copies = d.Copies });
        var p = catalogue.Policy;
        var dossier = new Dossier
        {
            Code = code,
            AgencyCode = unit.Code,
            ReceivedOn = day,
            Sequence = sequence,
            ProcedureId = v.ProcedureId,
            ProcedureVersionId = v.Id,
            ProcedureCode = v.Code,
            FieldId = v.FieldId,
            ReceivingUnitId = unit.Id,
            ReceivingUnitPath = unit.Path,
            Channel = c.Channel,
            ApplicantKind = c.Applicant.Kind,
            ApplicantName = c.Applicant.FullName.Trim(),
            ApplicantIdNumber = Blank(c.Applicant.IdNumber),
            ApplicantPhone = phone,
            PhoneLast4 = phone?[^4..],
            ApplicantAddress = Blank(c.Applicant.Address),
            ApplicantEmail = Blank(c.Applicant.Email),
            SearchText = VietnameseText.Fold($"{code} {c.Applicant.FullName}"),
            Subject = Blank(c.Subject) ?? v.Name,
            Sets = c.Sets,
            ReceivedById = actor.Id,
            ReceivedByName = actor.Name,
            ProcessingAmount = v.ProcessingAmount,
            ProcessingUnit = DossierDeadlines.UnitOf(v.ProcessingUnit),
            CutOffHour = v.CutOffHour,
            SupplementEffect = p.SupplementEffect,
            FinancialEffect = p.FinancialEffect,
            OtherPauseEffect = p.OtherPauseEffect,
            MaxReappointments = p.MaxReappointments,
            MaxSupplementRequests = p.MaxSupplementRequests,
            Documents = [.. documents],
        };
        var (status, action) = c.Outcome switch
        {
            IntakeOutcome.RequestSupplement => (DossierStatus.AwaitingCompletion, DossierAction.RequestCompletion),
            IntakeOutcome.Refuse => (DossierStatus.RefusedAtReception, DossierAction.RefuseAtReception),
            _ => (DossierStatus.Received, DossierAction.Receive),
        };
        dossier.Start(status, receivedAtUtc, unit.Id, unit.Path,
            c.Outcome == IntakeOutcome.RequestSupplement ? Lines(c.MissingItems) : null,
            c.Outcome == IntakeOutcome.Refuse ? Lines(c.RefusalReasons) : null,
            c.Outcome == IntakeOutcome.Refuse ? receivedAtUtc : null);
        if (status == DossierStatus.Received) deadlines.Recompute(dossier);
        dossier.AuditEntries.Add(DossierAudit.Entry(dossier, action, null, "{}", receivedAtUtc, actor, null));
        return dossier;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string? Lines(IReadOnlyList<string>? items) =>
        items is null ? null : string.Join('\n', items.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim()));
}
