using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Units;
using OneStop.Api.Infrastructure.Data;

namespace OneStop.Api.Features.Staffing;

/// <summary>Loads the picture on a date from the history (offices, posts held, employment terms, rules) and evaluates it.</summary>
public static class ComplianceQuery
{
    /// <summary>Offices of the given units that existed on the date.</summary>
    public static IQueryable<Office> OfficesOn(OneStopDb db, IQueryable<Unit> units, DateOnly asOf) =>
        db.Offices.Where(o => units.Any(u => u.Id == o.UnitId) && o.EstablishedOn <= asOf && (o.DissolvedOn == null || o.DissolvedOn > asOf));

    public static IQueryable<Assignment> AssignmentsOn(OneStopDb db, IQueryable<Office> offices, DateOnly asOf) =>
        db.Assignments.Where(a => a.From <= asOf && (a.To == null || a.To >= asOf) && offices.Any(o => o.Id == a.OfficeId));

    public static IQueryable<Employment> EmploymentsOn(OneStopDb db, IQueryable<Assignment> assignments, DateOnly asOf) =>
        db.Employments.Where(e => e.Start <= asOf && (e.End == null || e.End >= asOf) && assignments.Any(a => a.PersonId == e.PersonId));

    public static IQueryable<StaffingRule> RulesOn(OneStopDb db, DateOnly asOf) =>
        db.StaffingRules.Where(r => r.EffectiveFrom <= asOf && (r.EffectiveTo == null || r.EffectiveTo >= asOf));

    public static async Task<StaffingCompliance> EvaluateAsync(OneStopDb db, IQueryable<Unit> units, DateOnly asOf, CancellationToken ct)
    {
        units = units.AsNoTracking();
        var officesQ = OfficesOn(db, units, asOf).AsNoTracking();
        var assignmentsQ = AssignmentsOn(db, officesQ, asOf).AsNoTracking();
        var offices = await officesQ.ToListAsync(ct);
        var unitIds = offices.Select(o => o.UnitId).Distinct().ToList();
        var unitRows = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        var assignments = await assignmentsQ.ToListAsync(ct);
        var employments = (await EmploymentsOn(db, assignmentsQ, asOf).AsNoTracking().ToListAsync(ct))
            .GroupBy(e => e.PersonId).ToDictionary(g => g.Key, g => g.OrderBy(e => e.Start).Last());
        var seniority = await db.People.AsNoTracking().Where(p => assignmentsQ.Any(a => a.PersonId == p.Id))
            .Select(p => new { p.Id, p.SeniorityStart }).ToDictionaryAsync(p => p.Id, p => p.SeniorityStart, ct);
        var rules = await RulesOn(db, asOf).AsNoTracking().ToListAsync(ct);

        var byOffice = assignments.ToLookup(a => a.OfficeId);
        var snapshots = offices.Select(o => new OfficeSnapshot(o, unitRows[o.UnitId],
            [.. byOffice[o.Id].Select(a => new StaffMember(a.PersonId, a.Position, a.PostType, employments.GetValueOrDefault(a.PersonId),
                seniority.GetValueOrDefault(a.PersonId)))])).ToList();
        return ComplianceEvaluator.Evaluate(asOf, snapshots, rules);
    }
}
