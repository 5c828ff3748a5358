using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Api.Features.Dossiers;
using OneStop.Api.Features.Units;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Tests.Features.Dossiers;

namespace OneStop.Api.Tests.Features.Reports;

/// <summary>
/// Seeded random dossier histories (FsCheck is not on our feeds): each dossier gets a planned timeline of domain
/// actions; <see cref="ApplyUntilAsync"/> plays the events dated before an instant, so a test can compute a report,
/// play the rest of history, and compute it again.
/// </summary>
public sealed class ReportDataGenerator(OneStopApiFactory factory, int seed)
{
    private readonly Random _rng = new(seed);
    private readonly Dictionary<string, Queue<(DateTime At, Action<Dossier, DossierDeadlines> Do)>> _plans = [];
    private static readonly Actor Bot = new(null, "Trình sinh dữ liệu", null);

    public static readonly DateTime First = new(2025, 10, 1, 1, 0, 0, DateTimeKind.Utc);

    public async Task CreateAsync(int count, DateTime latest)
    {
        await DossierApi.EnsureCatalogueAsync(factory);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OneStopDb>();
        var dossierFactory = scope.ServiceProvider.GetRequiredService<DossierFactory>();
        var units = await db.Units.AsNoTracking().Where(u => u.Code == DossierApi.TamKy || u.Code == DossierApi.NamTraMy).ToListAsync();
        string[] procedures = [DossierApi.FiveDays, DossierApi.SameDay, DossierApi.FiveDaysShift];
        var sequence = await db.Dossiers.CountAsync() + 5000;
        for (var i = 0; i < count; i++)
        {
            var unit = units[_rng.Next(units.Count)];
            var receivedAt = First.AddMinutes(_rng.Next((int)(latest - First).TotalMinutes));
            receivedAt = receivedAt.Date.AddHours(1 + _rng.Next(9)).AddMinutes(_rng.Next(60));
            var catalogue = (await dossierFactory.CatalogueAsync(procedures[_rng.Next(procedures.Length)], DossierClock.LocalDate(receivedAt), default))!;
            var roll = _rng.NextDouble();
            var outcome = roll < 0.1 ? IntakeOutcome.RequestSupplement : roll < 0.15 ? IntakeOutcome.Refuse : IntakeOutcome.Accept;
            var command = new IntakeCommand(catalogue.Version.Code, unit.Code, (IntakeChannel)(1 + _rng.Next(3)),
                new ApplicantData(ApplicantKind.Citizen, "Nguyễn Văn Sinh", "049095000123", "0905123789", null, null),
                Outcome: outcome, MissingItems: ["Tờ khai"], RefusalReasons: ["Không thuộc thẩm quyền"]);
            var d = dossierFactory.Create(command, catalogue, unit, Bot, receivedAt, ++sequence);
            _plans[d.Code] = Plan(receivedAt, unit, outcome);
            db.Dossiers.Add(d);
        }
        await db.SaveChangesAsync();
    }

    /// <summary>Plays every planned event dated before <paramref name="until"/>.</summary>
    public async Task ApplyUntilAsync(DateTime until)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OneStopDb>();
        var deadlines = scope.ServiceProvider.GetRequiredService<DossierDeadlines>();
        var codes = _plans.Where(p => p.Value.Count > 0 && p.Value.Peek().At < until).Select(p => p.Key).ToList();
        foreach (var chunk in codes.Chunk(200))
        {
            var dossiers = await db.Dossiers.Include(d => d.Pauses).Include(d => d.Apologies).Where(d => chunk.Contains(d.Code)).ToListAsync();
            foreach (var d in dossiers)
            {
                var plan = _plans[d.Code];
                while (plan.Count > 0 && plan.Peek().At < until) plan.Dequeue().Do(d, deadlines);
            }
            await db.SaveChangesAsync();
        }
    }

    private Queue<(DateTime, Action<Dossier, DossierDeadlines>)> Plan(DateTime t, Unit unit, IntakeOutcome outcome)
    {
        var plan = new Queue<(DateTime, Action<Dossier, DossierDeadlines>)>();
        DateTime Next() => t = t.AddHours(1 + _rng.Next(_rng.NextDouble() < 0.2 ? 400 : 60));
        // Each action is checked: a generator bug must not silently produce impossible histories.
        void Must(OneStop.Api.Infrastructure.Errors.DomainError? e) { if (e is not null) throw new InvalidOperationException(e.ToString()); }
        void Step(DateTime at, Action<Dossier, DossierDeadlines> act) => plan.Enqueue((at, act));

        if (outcome == IntakeOutcome.Refuse) return plan;
        if (outcome == IntakeOutcome.RequestSupplement)
        {
            if (_rng.NextDouble() < 0.3) { var at = Next(); Step(at, (d, _) => Must(d.Withdraw(at, "Rút khi chưa bổ sung"))); return plan; }
            if (_rng.NextDouble() < 0.3) return plan;
            var acceptAt = Next();
            Step(acceptAt, (d, dl) => { Must(d.AcceptCompleted(acceptAt)); dl.Recompute(d); });
        }
        if (_rng.NextDouble() < 0.1) return plan;
        var assignAt = Next();
        Step(assignAt, (d, _) => Must(d.Assign(assignAt, Bot, unit.Id, unit.Path, null, null, null)));
        var appraiseAt = Next();
        Step(appraiseAt, (d, _) => Must(d.Appraise(appraiseAt, "Đủ điều kiện")));
        var supplements = _rng.NextDouble() < 0.35 ? (_rng.NextDouble() < 0.2 ? 2 : 1) : 0;
        for (var s = 0; s < supplements; s++)
        {
            var askAt = Next();
            var second = s > 0;
            Step(askAt, (d, dl) => { Must(d.RequestSupplement(askAt, Bot, "Bản sao CCCD", "Thiếu giấy tờ", second ? "Lần hai có lý do" : null)); dl.Recompute(d); });
            if (_rng.NextDouble() < 0.15) return plan;
            var backAt = Next();
            Step(backAt, (d, dl) => { Must(d.Resume(backAt, Bot)); dl.Recompute(d); });
        }
        var end = _rng.NextDouble();
        if (end < 0.15) return plan;
        if (end < 0.22) { var at = Next(); Step(at, (d, _) => Must(d.Withdraw(at, "Công dân rút"))); return plan; }
        if (end < 0.27) { var at = Next(); Step(at, (d, _) => Must(d.Stop(at, "Dừng xử lý"))); return plan; }
        if (end < 0.35) { var at = Next(); Step(at, (d, dl) => Must(d.Refuse(at, "Không đủ điều kiện", dl.FinishedNow(d, at)))); return plan; }
        if (_rng.NextDouble() < 0.2)
        {
            var pauseAt = Next();
            Step(pauseAt, (d, dl) => { Must(d.Pause(pauseAt, Bot, PauseKind.FinancialObligation, "Nộp lệ phí", "Luật Đất đai")); dl.Recompute(d); });
            if (_rng.NextDouble() < 0.2) return plan;
            var paidAt = Next();
            Step(paidAt, (d, dl) => { Must(d.Resume(paidAt, Bot)); dl.Recompute(d); });
        }
        var submitAt = Next();
        Step(submitAt, (d, _) => Must(d.SubmitForApproval(submitAt, Bot, unit.Id, unit.Path, null, null, null, null)));
        if (_rng.NextDouble() < 0.1) return plan;
        Step(Next(), (d, _) => Must(d.Approve()));
        var readyAt = Next();
        Step(readyAt, (d, dl) => Must(d.MarkResultReady(readyAt, Bot, d.ReceivingUnitPath, dl.FinishedNow(d, readyAt))));
        if (_rng.NextDouble() < 0.8) { var at = Next(); Step(at, (d, _) => Must(d.ReturnResult(at, ReturnMethod.Desk))); }
        return plan;
    }
}
