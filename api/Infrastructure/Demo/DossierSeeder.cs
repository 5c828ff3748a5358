using System.Diagnostics;
using Bogus;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OneStop.Api.Features.Calendar;
using OneStop.Api.Features.Dossiers;
using OneStop.Api.Features.Procedures;
using OneStop.Api.Features.Units;
using OneStop.Api.Infrastructure.Data;

namespace OneStop.Api.Infrastructure.Demo;

/// <summary>
/// Demo dossiers, generated with Bogus (<c>vi</c>, fixed seed) and driven through the entity's own methods
/// (<see cref="DossierFactory.Create"/>, Assign, Appraise, …) so every row obeys the lifecycle, deadline and audit rules;
/// then written by <see cref="DossierBulkWriter"/> (no change tracking, no per-row SaveChanges).
/// <para>
/// The year 2020 (<c>Demo:Dossiers</c>, default 60,000): every dossier of 2020 has finished by now (2026), mostly on
/// time, some late with an apology and new appointment, some late without one (a violation), supplements, refusals,
/// withdrawals and stops. Nam Trà My and Nam Giang record far fewer dossiers, and half of those were handled on paper
/// (processing stopped in the system with that reason), so few are processed end to end there.
/// </para>
/// <para>
/// Open work cannot sensibly date from 2020, so a recent window (<c>Demo:RecentDossiers</c>, default 1,500, received in
/// the 45 days before the clock's now) follows the same plans but only the actions already due by now happen: officers'
/// queues, due-soon and overdue alerts have live dossiers.
/// </para>
/// </summary>
public sealed class DossierSeeder(OneStopDb db, DossierFactory factory, DossierDeadlines deadlines, WorkingCalendar calendar, TimeProvider clock,
    IConfiguration config, ILogger<DossierSeeder> log)
{
    public const int Seed = 2020;
    public const int DefaultCount = 60_000;
    public const int DefaultRecent = 1_500;
    public const string PaperReason = "Hồ sơ giải quyết ngoài hệ thống (bản giấy); kết quả chưa được cập nhật vào hệ thống.";
    public static readonly string[] LaggingDistricts = ["Huyện Nam Trà My", "Huyện Nam Giang"];

    /// <summary>Seeds the demo year and the recent window once (skips when any dossier exists).</summary>
    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.Dossiers.AnyAsync(ct)) return;
        var count = config.GetValue("Demo:Dossiers", DefaultCount);
        var recent = config.GetValue("Demo:RecentDossiers", Math.Min(DefaultRecent, count / 20 + 50));
        if (count <= 0) return;
        var watch = Stopwatch.StartNew();
        var now = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var writer = new DossierBulkWriter(db);
        var generator = await DossierGenerator.LoadAsync(db, factory, deadlines, calendar, Seed, ct);
        await WriteAsync(writer, generator.Generate(new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31), count, now), 5_000, ct);
        var today = DossierClock.LocalDate(now);
        await WriteAsync(writer, generator.Generate(today.AddDays(-45), today, recent, now), 5_000, ct);
        await writer.RaiseCountersAsync(ct);
        await tx.CommitAsync(ct);
        log.LogInformation("Demo dossiers seeded: {Count} in 2020 and {Recent} recent in {Elapsed:F1} s ({Insert:F1} s inserting)",
            count, recent, watch.Elapsed.TotalSeconds, InsertTime.TotalSeconds);
    }

    /// <summary>
    /// The benchmark's database: seeds the demo year if there are no dossiers, then copies it set-based (one
    /// <c>INSERT … SELECT</c> per copy, dates shifted back by whole 53-week blocks so weekdays stay, codes rebuilt from the
    /// shifted day) until <paramref name="count"/> dossiers exist. Only the dossier rows are copied (what lists read);
    /// ledgers and audit trails stay with the originals. SQLite only (the benchmark's provider).
    /// </summary>
    public async Task SeedBulkAsync(int count, Action<long, int> progress, Action<int, int> indexing, CancellationToken ct)
    {
        if (!db.Database.IsSqlite()) throw new NotSupportedException("seed-dossiers copies rows with SQLite SQL; use a SQLite database.");
        if (!await db.Dossiers.AnyAsync(ct))
        {
            await SeedAsync(ct);
        }
        var total = await db.Dossiers.LongCountAsync(ct);
        var baseMax = await db.Dossiers.MaxAsync(d => d.Id, ct);
        // Only the 2020 year is copied: copies shifted by 53 weeks each never overlap it or each other.
        var baseCount = await db.Dossiers.LongCountAsync(d => d.ReceivedOn < new DateOnly(2021, 1, 1), ct);
        progress(total, count);
        var entity = db.Model.FindEntityType(typeof(Dossier))!;
        var columns = entity.GetProperties().Where(p => p.Name != nameof(Dossier.Id)).ToList();
        // Bulk load: one transaction in rollback-journal mode (appended pages need no journal, nothing goes through the WAL
        // twice), the secondary indexes dropped before the copies and rebuilt after them (one sort each instead of a random
        // B-tree insert per row and index). DDL is transactional in SQLite: a failure leaves the database as it was.
        // Leaving WAL needs the only connection: close the idle pooled ones the demo seeding left open.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await db.Database.OpenConnectionAsync(ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = DELETE; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144;", ct);
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            var indexes = await IndexesAsync(ct);
            // Names and statements come from sqlite_master itself.
            foreach (var index in indexes) await ExecuteAsync("DROP INDEX \"" + index.Name + "\"", ct);
            for (var k = 1; total < count; k++)
            {
                var shift = $"'-{k * 371} days'";
                var code = $"AgencyCode || '-' || substr(strftime('%Y%m%d', date(ReceivedOn, {shift})), 3) || '-' || printf('%04d', Sequence)";
                var select = columns.Select(p =>
                {
                    var c = $"\"{p.GetColumnName()}\"";
                    var type = Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType;
                    return p.Name switch
                    {
                        nameof(Dossier.Code) => code,
                        nameof(Dossier.SearchText) => $"lower({code}) || substr(SearchText, length(Code) + 1)",
                        _ when type == typeof(DateTime) => $"strftime('%Y-%m-%d %H:%M:%S', {c}, {shift})",
                        _ when type == typeof(DateOnly) => $"date({c}, {shift})",
                        _ => c,
                    };
                });
                var limit = Math.Min(baseCount, count - total);
                var sql = $"INSERT INTO Dossiers ({string.Join(", ", columns.Select(p => $"\"{p.GetColumnName()}\""))}) "
                    + $"SELECT {string.Join(", ", select)} FROM Dossiers WHERE Id <= {baseMax} AND ReceivedOn < '2021-01-01' ORDER BY Id LIMIT {limit}";
                total += await db.Database.ExecuteSqlRawAsync(sql, ct);
                progress(total, count);
            }
            for (var i = 0; i < indexes.Count; i++)
            {
                indexing(i + 1, indexes.Count);
                await ExecuteAsync(indexes[i].Sql, ct);
            }
            await db.Database.ExecuteSqlRawAsync("INSERT INTO DossierCounters (AgencyCode, Day, LastNumber) "
                + "SELECT AgencyCode, ReceivedOn, MAX(Sequence) FROM Dossiers WHERE true GROUP BY AgencyCode, ReceivedOn "
                + "ON CONFLICT (AgencyCode, Day) DO UPDATE SET LastNumber = MAX(LastNumber, excluded.LastNumber)", ct);
            await tx.CommitAsync(ct);
        }
        await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous = NORMAL; PRAGMA journal_mode = WAL;", ct);
        await db.Database.CloseConnectionAsync();
    }

    private sealed record SqliteIndex(string Name, string Sql);

    private async Task ExecuteAsync(string sql, CancellationToken ct)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    private async Task<List<SqliteIndex>> IndexesAsync(CancellationToken ct)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'Dossiers' AND sql IS NOT NULL ORDER BY name";
        var list = new List<SqliteIndex>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) list.Add(new SqliteIndex(reader.GetString(0), reader.GetString(1)));
        return list;
    }

    /// <summary>Time spent inserting (the rest of the seeding time is generation).</summary>
    public TimeSpan InsertTime { get; private set; }

    private async Task WriteAsync(DossierBulkWriter writer, IEnumerable<Dossier> dossiers, int batchSize, CancellationToken ct)
    {
        foreach (var batch in dossiers.Chunk(batchSize))
        {
            var started = Stopwatch.GetTimestamp();
            await writer.WriteAsync(batch, ct);
            InsertTime += Stopwatch.GetElapsedTime(started);
        }
    }
}

/// <summary>Plans and plays one dossier's life; pure (no database) once the catalogue is loaded.</summary>
public sealed class DossierGenerator
{
    private sealed record VersionInfo(ProcedureVersion Version, IntakeCatalogue Catalogue, IReadOnlyList<ProcedureStep> Steps);

    private sealed record Desk(Unit Unit, double Weight, bool Lagging, Unit[] Offices, Unit Top);

    private readonly DossierFactory _factory;
    private readonly DossierDeadlines _deadlines;
    private readonly WorkingCalendar _calendar;
    private readonly Faker _faker;
    private readonly Desk[] _desks;
    private readonly double[] _cumulative;
    private readonly Dictionary<int, VersionInfo[]> _versionsByUnit;
    private readonly Dictionary<int, (string? Id, string Name)[]> _officers = [];
    private readonly Dictionary<(string, DateOnly), int> _sequences = [];

    private DossierGenerator(DossierFactory factory, DossierDeadlines deadlines, WorkingCalendar calendar, int seed, Desk[] desks,
        Dictionary<int, VersionInfo[]> versionsByUnit, Dictionary<int, List<(string? Id, string Name)>> users)
    {
        _factory = factory;
        _deadlines = deadlines;
        _calendar = calendar;
        _faker = new Faker("vi") { Random = new Randomizer(seed) };
        _desks = desks;
        _versionsByUnit = versionsByUnit;
        _cumulative = new double[desks.Length];
        var sum = 0.0;
        for (var i = 0; i < desks.Length; i++) _cumulative[i] = sum += desks[i].Weight;
        foreach (var (unitId, list) in users) _officers[unitId] = [.. list];
    }

    public static async Task<DossierGenerator> LoadAsync(OneStopDb db, DossierFactory factory, DossierDeadlines deadlines, WorkingCalendar calendar, int seed, CancellationToken ct)
    {
        var versions = await db.ProcedureVersions.AsNoTracking().Where(v => v.Status != ProcedureStatus.Draft)
            .Include(v => v.Steps).Include(v => v.RequiredDocuments).AsSplitQuery().ToListAsync(ct);
        var receiving = await db.ProcedureVersionUnits.AsNoTracking()
            .Where(u => (u.Roles & ProcedureUnitRoles.Receiving) == ProcedureUnitRoles.Receiving)
            .Select(u => new { u.VersionId, u.UnitId }).ToListAsync(ct);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, ct);
        var policies = await db.DossierPolicies.AsNoTracking().ToDictionaryAsync(p => p.ProcedureVersionId, ct);
        // Only accounts whose person holds a post in their unit today are given dossiers (the rule assign and forward enforce).
        var today = deadlines.Today();
        var posted = db.Users.Where(u => u.UnitId != null && db.People.Any(p => p.UserId == u.Id && db.Assignments.Any(a => a.PersonId == p.Id
            && a.From <= today && (a.To == null || a.To >= today)
            && db.Offices.Any(o => o.Id == a.OfficeId && (o.UnitId == u.UnitId || db.Units.Any(x => x.Id == u.UnitId && x.Code == o.Code))))));
        var users = (await posted.AsNoTracking().Select(u => new { u.Id, u.FullName, u.UnitId }).ToListAsync(ct))
            .GroupBy(u => u.UnitId!.Value).ToDictionary(g => g.Key, g => g.Select(u => ((string?)u.Id, u.FullName)).ToList());

        var receivingByVersion = receiving.GroupBy(r => r.VersionId).ToDictionary(g => g.Key, g => g.Select(r => units[r.UnitId]).ToList());
        var infos = versions.Where(v => receivingByVersion.ContainsKey(v.Id)).ToDictionary(v => v.Id, v => new VersionInfo(v,
            new IntakeCatalogue(v, [.. v.RequiredDocuments.OrderBy(d => d.Ordinal)], receivingByVersion[v.Id], deadlines.Rules.For(v.Id, policies.GetValueOrDefault(v.Id))),
            [.. v.Steps.OrderBy(s => s.Ordinal)]));
        var versionsByUnit = receiving.Where(r => infos.ContainsKey(r.VersionId)).GroupBy(r => r.UnitId)
            .ToDictionary(g => g.Key, g => g.Select(r => infos[r.VersionId]).ToArray());

        var lagging = units.Values.Where(u => DossierSeeder.LaggingDistricts.Any(n => u.Name.EndsWith(n[5..], StringComparison.Ordinal) && u.Kind == UnitKind.District))
            .Select(u => u.Path).ToList();
        var desks = versionsByUnit.Keys.Order().Select(id => units[id]).Select(u =>
        {
            var isLagging = lagging.Any(p => u.Path.StartsWith(p, StringComparison.Ordinal));
            var weight = u.Kind switch
            {
                UnitKind.Province => 6.0,
                UnitKind.Department => 1.0,
                UnitKind.District => 4.0,
                UnitKind.Commune => 0.35,
                _ => 0.3,
            } * (isLagging ? 0.3 : 1.0);
            var offices = units.Values.Where(o => o.ParentId == u.Id && o.Kind == UnitKind.Office).ToArray();
            var top = u.Kind == UnitKind.Office && u.ParentId is { } parent ? units[parent] : u;
            return new Desk(u, weight, isLagging, offices, top);
        }).ToArray();
        if (desks.Length == 0) throw new InvalidOperationException("No receiving units in the catalogue: seed units and procedures first.");
        return new DossierGenerator(factory, deadlines, calendar, seed, desks, versionsByUnit, users);
    }

    /// <summary>
    /// <paramref name="count"/> dossiers received from <paramref name="from"/> to <paramref name="to"/> (local days, mostly working
    /// days and office hours), in order of receipt; actions planned after <paramref name="now"/> do not happen.
    /// </summary>
    public IEnumerable<Dossier> Generate(DateOnly from, DateOnly to, int count, DateTime now)
    {
        var days = new List<(DateOnly Day, double Weight)>();
        for (var d = from; d <= to; d = d.AddDays(1))
            days.Add((d, _calendar.IsWorkingDay(d) ? (d.DayOfWeek == DayOfWeek.Monday ? 1.2 : 1.0) : 0.03));
        var total = days.Sum(d => d.Weight);
        var expected = 0.0;
        var emitted = 0;
        foreach (var (day, weight) in days)
        {
            expected += count * weight / total;
            var n = (int)Math.Round(expected) - emitted;
            if (n <= 0) continue;
            emitted += n;
            var working = weight >= 1.0;
            var times = new List<(DateTime At, IntakeChannel Channel)>(n);
            for (var i = 0; i < n; i++)
            {
                var channel = !working ? IntakeChannel.Online : _faker.Random.WeightedRandom([IntakeChannel.Direct, IntakeChannel.Online, IntakeChannel.Postal], [0.72f, 0.25f, 0.03f]);
                var minutes = channel == IntakeChannel.Online ? _faker.Random.Int(6 * 60, 22 * 60)
                    : _faker.Random.Bool(0.6f) ? _faker.Random.Int(7 * 60 + 15, 11 * 60 + 25) : _faker.Random.Int(13 * 60 + 35, 16 * 60 + 55);
                var local = day.ToDateTime(TimeOnly.MinValue).AddMinutes(minutes).AddSeconds(_faker.Random.Int(0, 59));
                var at = DateTime.SpecifyKind(local - DossierClock.Offset, DateTimeKind.Utc);
                if (at > now) at = now.AddMinutes(-_faker.Random.Int(1, 600));
                times.Add((at, channel));
            }
            foreach (var (at, channel) in times.OrderBy(t => t.At))
                if (Play(at, channel, now) is { } dossier) yield return dossier;
        }
    }

    private Dossier? Play(DateTime receivedAt, IntakeChannel channel, DateTime now)
    {
        var day = DossierClock.LocalDate(receivedAt);
        Desk desk;
        VersionInfo? info = null;
        var attempts = 0;
        do
        {
            desk = PickDesk();
            var candidates = _versionsByUnit[desk.Unit.Id];
            var v = candidates[_faker.Random.Int(0, candidates.Length - 1)];
            if (v.Version.IsInForceOn(day)) info = v;
            else if (attempts > 10) info = candidates.FirstOrDefault(c => c.Version.IsInForceOn(day));
        }
        while (info is null && ++attempts < 200);
        if (info is null) return null;

        var key = (desk.Unit.Code, day);
        var sequence = _sequences.GetValueOrDefault(key) + 1;
        if (sequence > DossierCodes.MaxPerDay) return null;
        _sequences[key] = sequence;

        var clerk = Officer(desk.Unit.Id);
        var deskActor = new Actor(clerk.Id, clerk.Name, desk.Unit.Id);
        var roll = _faker.Random.Double();
        var outcome = roll < 0.02 ? IntakeOutcome.Refuse : roll < 0.035 ? IntakeOutcome.RequestSupplement : IntakeOutcome.Accept;
        var command = new IntakeCommand(info.Version.Code, desk.Unit.Code, channel, Applicant(info.Version), null, receivedAt, outcome,
            outcome == IntakeOutcome.RequestSupplement ? [.. info.Catalogue.RequiredDocuments.Take(2).Select(r => r.Name).DefaultIfEmpty("Bản sao giấy tờ tùy thân")] : null,
            outcome == IntakeOutcome.Refuse ? ["Thủ tục không thuộc thẩm quyền giải quyết của cơ quan tiếp nhận."] : null);
        var d = _factory.Create(command, info.Catalogue, desk.Unit, deskActor, receivedAt, sequence);
        if (outcome != IntakeOutcome.Accept) return d;
        new Life(this, d, info, desk, deskActor, now).Play();
        return d;
    }

    private Desk PickDesk()
    {
        var x = _faker.Random.Double() * _cumulative[^1];
        var i = Array.BinarySearch(_cumulative, x);
        return _desks[Math.Min(i < 0 ? ~i : i, _desks.Length - 1)];
    }

    private (string? Id, string Name) Officer(int unitId)
    {
        if (!_officers.TryGetValue(unitId, out var pool))
        {
            pool = [.. Enumerable.Range(0, 3).Select(_ => ((string?)null, _faker.Name.FullName()))];
            _officers[unitId] = pool;
        }
        return pool[_faker.Random.Int(0, pool.Length - 1)];
    }

    private ApplicantData Applicant(ProcedureVersion v)
    {
        var phone = "0" + _faker.PickRandom("90", "91", "93", "94", "98", "97", "35", "38", "70", "77") + _faker.Random.ReplaceNumbers("#######");
        var address = $"{_faker.Random.Int(1, 300)} {_faker.Address.StreetName()}, tỉnh Quảng Nam";
        if ((v.ApplicantTypes & ApplicantTypes.Citizen) == 0 && _faker.Random.Bool(0.7f))
            return new ApplicantData(ApplicantKind.Business, _faker.Company.CompanyName(), "40" + _faker.Random.ReplaceNumbers("########"), phone, address, null);
        var male = _faker.Random.Bool();
        var year = _faker.Random.Int(1950, 2004);
        var id = $"049{(male ? 0 : 1) + (year >= 2000 ? 2 : 0)}{year % 100:D2}{_faker.Random.ReplaceNumbers("######")}";
        var name = _faker.Name.FullName(male ? Bogus.DataSets.Name.Gender.Male : Bogus.DataSets.Name.Gender.Female);
        return new ApplicantData(ApplicantKind.Citizen, name, id, phone, address, _faker.Random.Bool(0.2f) ? _faker.Internet.Email() : null);
    }

    /// <summary>One accepted dossier's planned life; each action happens only if its time is not after now.</summary>
    private sealed class Life(DossierGenerator g, Dossier d, VersionInfo info, Desk desk, Actor deskActor, DateTime now)
    {
        private readonly Faker _f = g._faker;
        private string _last = d.AuditEntries[^1].After;
        private DateTime _t = d.ReceivedAt;

        public void Play()
        {
            var r = _f.Random.Double();
            if (desk.Lagging && r < 0.5)
            {
                // Handled on paper: the system only saw the receipt (Nam Trà My, Nam Giang).
                Act(DossierAction.Stop, Later(_f.Random.Double(3, 25)), deskActor, at => d.Stop(at, DossierSeeder.PaperReason));
                return;
            }
            var processing = desk.Offices.Length > 0 ? desk.Offices[_f.Random.Int(0, desk.Offices.Length - 1)] : desk.Unit;
            var officer = g.Officer(processing.Id);
            var officerActor = new Actor(officer.Id, officer.Name, processing.Id);
            var dues = g._deadlines.Steps(d, info.Steps, d.Pauses);
            if (!Act(DossierAction.Assign, Later(_f.Random.Double(0.01, 0.15)), deskActor,
                    at => d.Assign(at, deskActor, processing.Id, processing.Path, officer.Id, officer.Name, dues.Count > 0 ? dues[0].DueAt : null))) return;
            if (r is >= 0.5 and < 0.515)
            {
                Act(DossierAction.Withdraw, Later(_f.Random.Double(0.5, 4)), officerActor, at => d.Withdraw(at, "Người nộp rút hồ sơ theo đơn đề nghị."));
                return;
            }
            if (r is >= 0.515 and < 0.52)
            {
                Act(DossierAction.Stop, Later(_f.Random.Double(1, 5)), officerActor, at => d.Stop(at, "Dừng xử lý theo đề nghị của cơ quan có thẩm quyền."));
                return;
            }
            var appraiseAt = Between(0.15, 0.4);
            if (!Act(DossierAction.Appraise, appraiseAt, officerActor, at => d.Appraise(at, "Hồ sơ hợp lệ, đủ điều kiện giải quyết."))) return;
            var plan = _f.Random.Double();
            if (plan < 0.08)
            {
                var missing = info.Catalogue.RequiredDocuments.Select(x => x.Name).FirstOrDefault() ?? "Bản sao giấy tờ chứng minh";
                if (!Act(DossierAction.RequestSupplement, Later(0.05), officerActor,
                        at => d.RequestSupplement(at, officerActor, missing, "Thành phần hồ sơ chưa đúng quy định.", null))) return;
                if (!Act(DossierAction.Resume, Later(_f.Random.Double(1, 9)), deskActor, at =>
                    {
                        var error = d.Resume(at, deskActor);
                        g._deadlines.Recompute(d);
                        return error;
                    })) return;
                plan = _f.Random.Double() * 0.92 + 0.08;
            }
            // 88 % on time, 7 % late with an apology, 5 % late without one; 3 % refused after appraisal.
            var legal = d.AppointmentAt ?? _t.AddDays(10);
            var span = legal - _t;
            if (span < TimeSpan.FromHours(2)) span = TimeSpan.FromHours(2);
            DateTime finish;
            if (plan < 0.88) finish = _t + span * _f.Random.Double(0.3, 0.97);
            else if (plan < 0.95)
            {
                var apologyAt = _t + span * 0.6;
                var newAppointment = legal + span * 0.5 + TimeSpan.FromDays(2);
                if (!Act(DossierAction.Apologise, apologyAt, officerActor, at => d.Apologise(at, officerActor,
                        "Hồ sơ cần xác minh thực địa, phối hợp nhiều cơ quan.", processing.Id, newAppointment))) return;
                finish = legal + (newAppointment - legal) * _f.Random.Double(0.1, 0.9);
            }
            else finish = legal + TimeSpan.FromHours(_f.Random.Double(2, 24 * 12));

            if (_f.Random.Double() < 0.03)
            {
                if (!Act(DossierAction.Refuse, finish, officerActor, at => d.Refuse(at, "Không đủ điều kiện theo quy định.", g._deadlines.FinishedNow(d, at)))) return;
                Act(DossierAction.ReturnResult, finish.AddHours(_f.Random.Double(1, 48)), deskActor, at => d.ReturnResult(at, ReturnMethod.Desk));
                return;
            }
            var start = _t;
            for (var k = 1; k < dues.Count - 1; k++)
            {
                var step = k + 1;
                var due = dues[k].DueAt;
                if (!Act(DossierAction.Forward, start + (finish - start) * (0.5 * k / dues.Count), officerActor,
                        at => d.Forward(at, officerActor, processing.Id, processing.Path, officer.Id, officer.Name, step, due))) return;
            }
            var leader = g.Officer(desk.Top.Id);
            var leaderActor = new Actor(leader.Id, leader.Name, desk.Top.Id);
            int? last = dues.Count >= 2 ? dues[^1].Ordinal : null;
            DateTime? lastDue = dues.Count >= 2 ? dues[^1].DueAt : null;
            if (!Act(DossierAction.SubmitForApproval, start + (finish - start) * 0.7, officerActor,
                    at => d.SubmitForApproval(at, officerActor, desk.Top.Id, desk.Top.Path, leader.Id, leader.Name, last, lastDue))) return;
            if (!Act(DossierAction.Approve, start + (finish - start) * 0.9, leaderActor, _ => d.Approve())) return;
            if (!Act(DossierAction.MarkResultReady, finish, leaderActor,
                    at => d.MarkResultReady(at, leaderActor, d.ReceivingUnitPath, g._deadlines.FinishedNow(d, at)))) return;
            if (_f.Random.Double() < 0.97)
            {
                var method = d.Channel == IntakeChannel.Online ? ReturnMethod.Online : _f.Random.Bool(0.1f) ? ReturnMethod.Post : ReturnMethod.Desk;
                Act(DossierAction.ReturnResult, finish.AddHours(_f.Random.Double(0.5, 72)), deskActor, at => d.ReturnResult(at, method));
            }
        }

        private DateTime Later(double days) => _t + TimeSpan.FromDays(days);

        private DateTime Between(double a, double b) =>
            _t + ((d.AppointmentAt ?? _t.AddDays(5)) - _t) * _f.Random.Double(a, b);

        private bool Act(DossierAction action, DateTime at, Actor actor, Func<DateTime, Infrastructure.Errors.DomainError?> apply)
        {
            if (at < _t) at = _t.AddMinutes(1);
            if (at > now) return false;
            var from = d.Status;
            if (apply(at) is { } error) throw new InvalidOperationException($"Seeding {d.Code}: {action} failed: {error.Message}");
            d.Touch();
            var entry = DossierAudit.Entry(d, action, from, _last, at, actor, null);
            d.AuditEntries.Add(entry);
            _last = entry.After;
            _t = at;
            return true;
        }
    }
}
