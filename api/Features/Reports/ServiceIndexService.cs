using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneStop.Api.Features.Dossiers;
using OneStop.Api.Features.Procedures;
using OneStop.Api.Infrastructure.Data;
using TimeUnit = OneStop.Api.Features.Calendar.TimeUnit;

namespace OneStop.Api.Features.Reports;

/// <summary>
/// Decision 766 service index computed locally (DOMAIN.md §4). Group maxima are HIGH; the split of a group's points
/// between its indicators is UNVERIFIED (§4.1, §13), so scored indicators share the group's points equally and say so.
/// </summary>
public sealed class ServiceIndexService(OneStopDb db, DossierDeadlines deadlines, TimeProvider clock, IOptions<ReportOptions> options, ReportCache cache)
{
    private const string SplitNote = "Điểm thành phần chia đều trong nhóm: chưa xác minh (DOMAIN.md §4.1).";

    /// <summary>The index; over a completed period served from <see cref="ReportCache"/> while no input changed.</summary>
    public Task<ServiceIndexReport> BuildAsync(ReportScope scope, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var w = ReportWindow.Of(from, to, clock.GetUtcNow().UtcDateTime);
        var closedAsOnTime = options.Value.ClosedWithoutResultAsOnTime;
        var key = ("766", scope, from, to, closedAsOnTime);
        return cache.GetOrBuildAsync(db, w, key, async () => await FromAsync(await cache.SnapshotAsync(db, scope.Path, w, closedAsOnTime, ct), scope, w, ct), ct);
    }

    /// <summary>The index computed from the database, never cached.</summary>
    public async Task<ServiceIndexReport> ComputeAsync(ReportScope scope, ReportWindow w, CancellationToken ct) =>
        await FromAsync(await ReportSnapshot.ReadAsync(db, scope.Path, w, options.Value.ClosedWithoutResultAsOnTime, ct), scope, w, ct);

    private async Task<ServiceIndexReport> FromAsync(ReportSnapshot snapshot, ReportScope scope, ReportWindow w, CancellationToken ct)
    {
        var (from, to) = (w.From, w.To);
        var (onTime, handled) = await TimelinessAsync(snapshot, w, ct);
        var received = snapshot.Facts.Where(f => f.InPeriod).ToList();
        var receivedCount = received.Count;
        var online = received.Count(f => f.Online);
        var digitised = await DigitisedAsync(received, ct);
        var (offered, procedures, used) = await CatalogueAsync(scope, w, ct);

        IndexGroup Group(string code, string name, int max, params IndexIndicator[] indicators) => new(code, name, max, indicators);
        return new ServiceIndexReport(from, to, w.AsAt, scope.UnitName, scope.UnitCode,
        [
            Group("CKMB", "Công khai, minh bạch", 18,
                IndexIndicator.NoData("1.1", "TTHC công bố đúng hạn", "Chưa lưu quyết định công bố và ngày hiệu lực của căn cứ pháp lý để so sánh."),
                IndexIndicator.NoData("1.2", "TTHC cập nhật đúng hạn trên CSDL quốc gia", "Chưa đồng bộ với Cơ sở dữ liệu quốc gia về TTHC."),
                IndexIndicator.NoData("1.3", "TTHC công khai đầy đủ bộ phận (NĐ 63/2010, điều 8.2)", "Chưa kiểm tra đủ bộ phận của TTHC theo điều 8.2."),
                IndexIndicator.NoData("1.4", "Hồ sơ đồng bộ lên Cổng DVCQG", "Chưa có chức năng đồng bộ hồ sơ lên Cổng DVCQG.")),
            // §4.2 gives no full-point threshold for 2.1: points are proportional to the ratio.
            Group("TDGQ", "Tiến độ giải quyết", 20,
                IndexIndicator.Scored("2.1", "Hồ sơ giải quyết trước hạn, đúng hạn hoặc còn trong hạn", onTime, handled, 20, 1m,
                    "Trừ thời gian bổ sung; quá một lần yêu cầu bổ sung tính là quá hạn; hồ sơ đang giải quyết xét tại ngày cuối kỳ.")),
            Group("CLGQ", "Dịch vụ công trực tuyến", 12,
                IndexIndicator.Scored("3.1", "TTHC cung cấp dịch vụ công trực tuyến", offered, procedures, 4, 0.8m, SplitNote),
                IndexIndicator.Scored("3.2", "Dịch vụ công trực tuyến có phát sinh hồ sơ trực tuyến", used, offered, 4, 1m, SplitNote),
                IndexIndicator.Scored("3.3", "Hồ sơ nộp trực tuyến", online, receivedCount, 4, 0.5m,
                    SplitNote + " Điều kiện cấp kết quả điện tử chưa kiểm tra được (chưa lưu tệp kết quả).")),
            Group("TTTT", "Thanh toán trực tuyến", 10,
                IndexIndicator.NoData("3.5", "TTHC có phí tích hợp thanh toán trực tuyến", "Chưa có chức năng thanh toán trực tuyến."),
                IndexIndicator.NoData("3.6", "Hồ sơ thanh toán trực tuyến", "Chưa có chức năng thanh toán trực tuyến.")),
            Group("MDHL", "Mức độ hài lòng", 18,
                IndexIndicator.NoData("5.2", "Xử lý phản ánh, kiến nghị đúng hạn", "Chưa có chức năng phản ánh, kiến nghị (PAKN)."),
                IndexIndicator.NoData("5.3", "Hài lòng về xử lý phản ánh, kiến nghị", "Chưa có chức năng phản ánh, kiến nghị (PAKN)."),
                IndexIndicator.NoData("5.4", "Hài lòng về giải quyết TTHC", "Chưa có đánh giá của người dân và PAKN (chức năng khảo sát chưa có).")),
            Group("MDSH", "Số hóa hồ sơ", 22,
                IndexIndicator.NoData("4.1", "Hồ sơ có kết quả điện tử", "Chưa lưu tệp kết quả điện tử."),
                IndexIndicator.NoData("4.2", "Hồ sơ số hóa (thành phần và kết quả)", "Cần kết quả điện tử, chưa được lưu."),
                IndexIndicator.Scored("4.3", "Hồ sơ có thành phần được số hóa", digitised, receivedCount, 22m / 5, 0.8m, SplitNote),
                IndexIndicator.NoData("4.4", "Hồ sơ lấy dữ liệu từ kho dữ liệu công dân", "Chưa kết nối kho dữ liệu cá nhân trên Cổng DVCQG."),
                IndexIndicator.NoData("4.5", "Sử dụng CSDL quốc gia về dân cư (VNeID)", "Chưa xác thực tài khoản qua VNeID.")),
        ]);
    }

    /// <summary>
    /// Indicator 2.1 (HIGH): closed by the deadline, or open and within it at the period's end. Dossiers without pauses
    /// are counted in SQL from the cached deadline (equal to the 766 one); those with pauses are replayed.
    /// </summary>
    private const int ParallelReplays = 512;

    private async Task<(int OnTime, int Handled)> TimelinessAsync(ReportSnapshot snapshot, ReportWindow w, CancellationToken ct)
    {
        var replay = new List<long>();
        var onTime = 0;
        foreach (var f in snapshot.Facts)
        {
            if (snapshot.HasPauses(f.Id)) replay.Add(f.Id);
            else if (f.Resolved ? (f.NoLateness ? f.FinishedByLegal : !f.Late) : !f.Due) onTime++;
        }
        var replays = await snapshot.ReplaysAsync(db, replay, ct);
        // Each replay is pure arithmetic over the calendar (thread-safe: its caches are concurrent dictionaries, a year's
        // holidays load through their own scope), so a province's thousands of paused dossiers use every core.
        onTime += replays.Count < ParallelReplays ? replays.Count(d => OnTime766(d, w)) : replays.AsParallel().WithCancellation(ct).Count(d => OnTime766(d, w));
        return (onTime, snapshot.Facts.Count);
    }

    /// <summary>4.3: received dossiers with at least one digitised document.</summary>
    private async Task<int> DigitisedAsync(List<ReportFact> received, CancellationToken ct)
    {
        if (received.Count == 0) return 0;
        var withDigitised = (await ReportFacts.Digitised(db, received.Min(f => f.Id), received.Max(f => f.Id)).ToListAsync(ct)).ToHashSet();
        return received.Count(f => withDigitised.Contains(f.Id));
    }

    public bool OnTime766(Dossier d, ReportWindow w) => OnTime766(ReplayDossier.Of(d), w);

    public bool OnTime766(ReplayDossier d, ReportWindow w)
    {
        var known = d.Pauses.Where(p => p.StartedAt < w.AsAt).OrderBy(p => p.StartedAt).ToList();
        var supplements = known.Where(p => p.Kind == PauseKind.Supplement).ToList();
        // More than one supplement request ⇒ overdue (§4.2, HIGH).
        if (supplements.Count > 1) return false;
        bool IsOpen(DossierPause p) => p.EndedAt is null || p.EndedAt >= w.AsAt;
        if (supplements.SingleOrDefault(IsOpen) is { } waiting)
        {
            // While a supplement request is open, the request date is the end time.
            var before = deadlines.Decision766Due(d.Basis, known.Where(p => p.StartedAt < waiting.StartedAt && !IsOpen(p)));
            return waiting.StartedAt <= before.AppointmentAt.UtcDateTime;
        }
        if (known.Any(p => IsOpen(p) && p.Effect != PauseEffect.None)) return true;
        var deadline = deadlines.Decision766Due(d.Basis, known.Where(p => !IsOpen(p)));
        if (d.FinishedAt is { } end && end < w.AsAt) return end <= deadline.AppointmentAt.UtcDateTime;
        return !(d.Basis.ProcessingUnit == TimeUnit.WorkingHours ? deadline.AppointmentAt.UtcDateTime < w.AsAt : deadline.DueDate < w.AsAtDay);
    }

    /// <summary>3.1 and 3.2: published procedures in force at the period's end that the scope's units implement, and which of the online ones received online dossiers.</summary>
    private async Task<(int Offered, int Procedures, int Used)> CatalogueAsync(ReportScope scope, ReportWindow w, CancellationToken ct) =>
        await Catalogue(db, scope.Path, w).FirstOrDefaultAsync(ct) is { } c ? (c.Offered, c.Procedures, c.Used) : (0, 0, 0);

    /// <summary>
    /// The three catalogue counts in one statement (one translation on a cold server, one round trip): scalar subqueries
    /// over the versions in force, read from the first of them (none in force: no row, every count zero).
    /// </summary>
    public static IQueryable<CatalogueCounts> Catalogue(OneStopDb db, string? path, ReportWindow w)
    {
        var versions = db.ProcedureVersions.AsNoTracking().InForceOn(w.To);
        if (path is not null)
            versions = versions.Where(v => db.ProcedureVersionUnits.Any(u => u.VersionId == v.Id && u.Unit!.Path.StartsWith(path)));
        var online = versions.Where(v => v.OnlineService != OnlineServiceClass.None);
        return versions.Take(1).Select(_ => new CatalogueCounts(
            versions.Count(),
            online.Count(),
            online.Count(v => db.Dossiers.Any(d => d.ProcedureId == v.ProcedureId && d.Channel == IntakeChannel.Online
                && d.ReceivedAt >= w.Start && d.ReceivedAt < w.AsAt && (path == null || d.ReceivingUnitPath.StartsWith(path))))));
    }
}

/// <summary>Procedures in force in the scope, those offered online, and those of them that received online dossiers.</summary>
public sealed record CatalogueCounts(int Procedures, int Offered, int Used);
