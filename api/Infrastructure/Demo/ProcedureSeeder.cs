using System.Globalization;
using Bogus;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.LegalDocuments;
using OneStop.Api.Features.Procedures;
using OneStop.Api.Features.Units;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.Text;

namespace OneStop.Api.Infrastructure.Demo;

/// <summary>
/// Seeds the demo catalogue (after the units): the legal documents of <see cref="LegalDocumentFacts"/>, then
/// <c>Demo:Procedures</c> procedures (default <see cref="DefaultCount"/>) built from <see cref="ProcedureFacts"/> through
/// the domain methods, so every seeded version obeys the same rules as an edited one. Versions follow the law: a
/// procedure published before a law expired is usually re-published after the replacement took effect, and the rest
/// still cite expired law, as in the province's order. Deterministic (fixed Bogus seed), inserted in chunks.
/// </summary>
public sealed class ProcedureSeeder(OneStopDb db, TimeProvider clock, IConfiguration config, ILogger<ProcedureSeeder> log)
{
    public const int Seed = 2025;
    public const int DefaultCount = 320;
    private const int Chunk = 250;

    private sealed record Spec(ProcedureFacts.Family Family, ImplementingLevels Level, string Time, string Name, bool IsVariant);

    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.Procedures.AnyAsync(ct)) return;
        var count = config.GetValue("Demo:Procedures", DefaultCount);
        var today = CatalogueClock.Today(clock);
        var faker = new Faker("vi") { Random = new Randomizer(Seed) };
        var docs = await SeedLegalDocumentsAsync(ct);
        var fields = ProcedureFacts.All.DistinctBy(f => f.FieldCode)
            .Select(f => new ProcedureField { Code = f.FieldCode, Name = f.FieldName }).ToDictionary(f => f.Code);
        db.ProcedureFields.AddRange(fields.Values);
        await db.SaveChangesAsync(ct);
        var units = await db.Units.ToListAsync(ct);
        var province = units.Single(u => u.Kind == UnitKind.Province);
        var departments = units.Where(u => u.Kind == UnitKind.Department).ToDictionary(u => u.Name);

        var specs = Specs(faker, count);
        var codes = new HashSet<string>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = 0; i < specs.Count; i++)
        {
            var spec = specs[i];
            var code = NewCode(faker, codes);
            var procedure = Build(faker, spec, code, fields[spec.Family.FieldCode], docs, departments[spec.Family.Department], province, today);
            db.Procedures.Add(procedure);
            if ((i + 1) % Chunk == 0 || i == specs.Count - 1)
            {
                db.ChangeTracker.DetectChanges();
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                // The reference data stays attached, so the next chunk's versions point at it instead of re-inserting it.
                db.AttachRange(docs.Values);
                db.AttachRange(fields.Values);
                db.AttachRange(units);
            }
        }
        db.ChangeTracker.AutoDetectChangesEnabled = true;

        // District and commune procedures are implemented (and received) by every People's Committee of that level:
        // one set-based insert instead of hundreds of thousands of tracked rows. Plain SQL that both providers run.
        foreach (var (level, kind) in new[] { (ImplementingLevels.District, UnitKind.District), (ImplementingLevels.Commune, UnitKind.Commune) })
        {
            var roles = (int)(ProcedureUnitRoles.Implementing | ProcedureUnitRoles.Receiving);
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO ProcedureVersionUnits (VersionId, UnitId, Roles) SELECT v.Id, u.Id, {0} FROM ProcedureVersions v CROSS JOIN Units u WHERE v.Levels = {1} AND u.Kind = {2}",
                [roles, (int)level, kind.ToString()], ct);
        }
        log.LogInformation("Demo catalogue seeded: {Procedures} procedures, {Documents} legal documents", specs.Count, docs.Count);
    }

    private async Task<Dictionary<string, LegalDocument>> SeedLegalDocumentsAsync(CancellationToken ct)
    {
        var existing = await db.LegalDocuments.ToDictionaryAsync(d => d.Number, ct);
        foreach (var f in LegalDocumentFacts.All.Where(f => !existing.ContainsKey(f.Number)))
        {
            existing[f.Number] = new LegalDocument
            {
                Number = f.Number, Kind = f.Kind, Title = f.Title, Issuer = f.Issuer, IssuedOn = f.IssuedOn, EffectiveFrom = f.EffectiveFrom,
                ExpiresOn = f.ExpiresOn, PartiallyExpired = f.PartiallyExpired, SearchText = VietnameseText.Fold($"{f.Number} {f.Title}"),
            };
            db.LegalDocuments.Add(existing[f.Number]);
        }
        await db.SaveChangesAsync(ct);
        foreach (var f in LegalDocumentFacts.All.Where(f => f.ReplacedBy is not null)) existing[f.Number].ReplacedById = existing[f.ReplacedBy!].Id;
        await db.SaveChangesAsync(ct);
        return existing;
    }

    private static List<Spec> Specs(Faker faker, int count)
    {
        var specs = new List<Spec>();
        foreach (var family in ProcedureFacts.All)
        {
            foreach (var entry in family.Entries)
            {
                var parts = entry.Split('|');
                foreach (var level in parts[0])
                    specs.Add(new Spec(family, level switch { 'T' => ImplementingLevels.Province, 'H' => ImplementingLevels.District, _ => ImplementingLevels.Commune },
                        parts[1], parts[2], false));
            }
        }
        var bases = specs.ToArray();
        while (specs.Count < count)
        {
            var b = faker.PickRandom(bases);
            specs.Add(b with { Name = $"{b.Name} {faker.PickRandom(ProcedureFacts.Variants)}", IsVariant = true });
        }
        return specs.Take(count).ToList();
    }

    private static string NewCode(Faker faker, HashSet<string> used)
    {
        while (true)
        {
            var code = string.Create(CultureInfo.InvariantCulture, $"{faker.Random.Int(1, 2)}.{faker.Random.Int(0, 13_000):000000}");
            if (used.Add(code)) return code;
        }
    }

    private static Procedure Build(Faker f, Spec spec, string code, ProcedureField field, Dictionary<string, LegalDocument> docs, Unit department, Unit province, DateOnly today)
    {
        var procedure = Procedure.Create(code).Procedure!;
        var lawDocs = spec.Family.Laws.Select(n => docs[n]).ToList();
        var earliest = lawDocs.Min(d => d.EffectiveFrom);
        var first = Max(new DateOnly(2019, 1, 1).AddDays(f.Random.Int(0, 5 * 365)), earliest);
        var dates = new List<DateOnly> { first };
        var lawChange = lawDocs.Where(d => d.IsInForceOn(first) && d.ExpiresOn is { } e && e <= today).Select(d => d.ExpiresOn!.Value).DefaultIfEmpty().Min();
        // Most units re-publish after the law changed; about one in six never did and still cites the expired text.
        if (lawChange != default && f.Random.Double() < 0.83) dates.Add(Min(lawChange.AddDays(f.Random.Int(0, 45)), today.AddDays(-1)));
        else if (f.Random.Double() < 0.15) dates.Add(first.AddDays(f.Random.Int(30, Math.Max(31, today.DayNumber - first.DayNumber - 1))));
        var draftOnly = spec.IsVariant && f.Random.Double() < 0.03;
        foreach (var date in draftOnly ? Enumerable.Empty<DateOnly>() : dates.Where(d => d < today).Distinct().Order())
        {
            var content = Content(f, spec, field, lawDocs.Where(d => d.IsInForceOn(date)).ToList(), department, province);
            Check(procedure.EditDraft(content, procedure.Revision).Errors);
            Check(procedure.Publish(date, procedure.Revision, today, allowPast: true).Errors);
            if (f.Random.Double() < 0.8) procedure.MarkSynced(date.AddDays(f.Random.Int(1, 20)).ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc));
        }
        if (draftOnly || f.Random.Double() < 0.06)
        {
            // A few drafts keep the old legal bases, so publishing them is refused until the citation is replaced.
            var onDay = f.Random.Double() < 0.3 ? first : today;
            var content = Content(f, spec, field, lawDocs.Where(d => d.IsInForceOn(onDay)).ToList(), department, province);
            Check(procedure.EditDraft(content, procedure.Revision).Errors);
        }
        else if (spec.IsVariant && f.Random.Double() < 0.05 && procedure.InForceOn(today) is { } current)
        {
            var retireOn = Max(current.EffectiveFrom!.Value.AddDays(1), today.AddDays(-f.Random.Int(1, 300)));
            if (retireOn < today) Check(procedure.Retire(retireOn, procedure.Revision, retireOn).Errors);
        }
        return procedure;
    }

    private static ProcedureContent Content(Faker f, Spec spec, ProcedureField field, List<LegalDocument> laws, Unit department, Unit province)
    {
        var family = spec.Family;
        var (time, cutOff) = spec.Time switch
        {
            "sd" => (new ProcessingTime(1, ProcessingTimeUnit.WorkingDays), (TimeOnly?)new TimeOnly(15, 0)),
            "" => (new ProcessingTime(f.PickRandom(family.Days), ProcessingTimeUnit.WorkingDays), null),
            var t when t.EndsWith('h') => (new ProcessingTime(int.Parse(t[..^1], CultureInfo.InvariantCulture), ProcessingTimeUnit.WorkingHours), null),
            var t when t.EndsWith('c') => (new ProcessingTime(int.Parse(t[..^1], CultureInfo.InvariantCulture), ProcessingTimeUnit.CalendarDays), null),
            var t => (new ProcessingTime(int.Parse(t, CultureInfo.InvariantCulture), ProcessingTimeUnit.WorkingDays), null),
        };
        var online = f.Random.Double() < family.OnlineShare ? f.Random.Bool(0.55f) ? OnlineServiceClass.Full : OnlineServiceClass.Partial : OnlineServiceClass.None;
        var legacy = online switch
        {
            OnlineServiceClass.Full => 4,
            OnlineServiceClass.Partial => f.Random.Bool(0.6f) ? 3 : 4,
            _ => f.Random.Bool(0.8f) ? 2 : 1,
        };
        var lower = char.ToLower(spec.Name[0], CultureInfo.GetCultureInfo("vi-VN")) + spec.Name[1..];
        var form = new RequiredDocumentData(spec.Name.StartsWith("Đăng ký", StringComparison.Ordinal) ? "Tờ khai " + lower : "Đơn đề nghị " + lower,
            1, 0, 0, $"Mẫu số {f.Random.Int(1, 12):00} ban hành kèm theo {family.FormCircular}");
        var documents = new List<RequiredDocumentData> { form };
        documents.AddRange(f.PickRandom(family.Documents, Math.Min(family.Documents.Length, f.Random.Int(1, 3))).Select(name =>
            f.Random.Int(0, 2) switch
            {
                0 => new RequiredDocumentData(name, 1, 0, 0, null),
                1 => new RequiredDocumentData(name, 0, 1, 0, null),
                _ => new RequiredDocumentData(name, 0, 0, 1, null),
            }));
        var applicants = family.FieldCode is "KHDT-DN" or "KHDT-DT" || spec.Name.Contains("tổ chức", StringComparison.Ordinal) ? ApplicantTypes.Business
            : family.FieldCode == "KHDT-HKD" ? ApplicantTypes.HouseholdBusiness | ApplicantTypes.Citizen
            : spec.Level == ImplementingLevels.Province && f.Random.Bool(0.4f) ? ApplicantTypes.Citizen | ApplicantTypes.Business
            : ApplicantTypes.Citizen;
        // About one in twenty has no internal process yet: the health page counts it as missing a required field.
        var steps = f.Random.Double() < 0.05 ? [] : Steps(time, family.FieldCode == "TNMT-DD");
        return new ProcedureContent(spec.Name, field, spec.Level, applicants, time, cutOff, online, legacy,
            [.. family.Fees.Select(fee => new FeeData(fee.Name, f.PickRandom(fee.Amounts), fee.Notes))],
            documents, [f.PickRandom(family.Results)], laws, steps,
            spec.Level == ImplementingLevels.Province
                ? [new ProcedureUnitLink(department, ProcedureUnitRoles.Implementing), new ProcedureUnitLink(province, ProcedureUnitRoles.Receiving)]
                : []);
    }

    /// <summary>Receive, appraise, (tax office for land), approve, return: budgets that add up to the processing time.</summary>
    private static List<StepData> Steps(ProcessingTime time, bool land)
    {
        const string Receive = "Tiếp nhận, kiểm tra hồ sơ, chuyển bộ phận chuyên môn";
        const string Appraise = "Thẩm định, xử lý hồ sơ, dự thảo kết quả";
        const string Approve = "Xem xét, ký duyệt kết quả";
        const string Return = "Vào sổ, trả kết quả cho tổ chức, cá nhân";
        var a = time.Amount;
        if (time.Unit == ProcessingTimeUnit.WorkingHours)
            return a >= 4
                ? [new(Receive, "Receptionist", null, 1), new(Appraise, "Specialist", null, a - 3), new(Approve, "Leader", null, 1), new(Return, "Receptionist", null, 1)]
                : [new(Appraise, "Specialist", null, a)];
        if (a <= 1) return [new(Receive, "Receptionist", null, 0.25m), new(Appraise, "Specialist", null, 0.5m), new(Approve + ", trả kết quả", "Leader", null, 0.25m)];
        if (a <= 3) return [new(Receive, "Receptionist", null, 0.5m), new(Appraise, "Specialist", null, a - 1.5m), new(Approve, "Leader", null, 0.5m), new(Return, "Receptionist", null, 0.5m)];
        var approve = a >= 10 ? 2m : 1m;
        var tax = land && a >= 10 ? 3m : 0m;
        var steps = new List<StepData> { new(Receive, "Receptionist", null, 0.5m), new(Appraise, "Specialist", null, a - 1 - approve - tax) };
        if (tax > 0) steps.Add(new("Xác định nghĩa vụ tài chính về đất đai", null, "Chi cục Thuế", tax));
        steps.Add(new(Approve, "Leader", null, approve));
        steps.Add(new(Return, "Receptionist", null, 0.5m));
        return steps;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static void Check(IReadOnlyList<Errors.DomainError> errors)
    {
        if (errors.Count > 0) throw new InvalidOperationException("Demo catalogue rule broken: " + string.Join("; ", errors.Select(e => e.MessageEn)));
    }
}
