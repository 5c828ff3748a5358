using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Dossiers;
using OneStop.Api.Infrastructure.Data;

namespace OneStop.Api.Features.Reports;

/// <summary>
/// What II.06a and the service index both read for one scope and window: the facts of the in-scope dossiers
/// (<see cref="ReportFacts.Of"/>) and the pauses of those that have any (<see cref="ReportFacts.Ledger"/>), in two
/// statements; the columns a deadline replay needs are read by primary key for the dossiers a report replays
/// (<see cref="ReplaysAsync"/>: II.06a the few whose deadline moved after the as-at instant, the index every paused one)
/// and kept for the other report. Both reports are computed from it in memory; over a completed period
/// <see cref="ReportCache.SnapshotAsync"/> shares one snapshot between them while no input changed.
/// </summary>
public sealed class ReportSnapshot
{
    private readonly ILookup<long, DossierPause> _pauses;
    private readonly ConcurrentDictionary<long, ReplayDossier> _replays = new();

    public ReportSnapshot(IReadOnlyList<ReportFact> facts, ILookup<long, DossierPause> pauses)
    {
        Facts = facts;
        _pauses = pauses;
    }

    public IReadOnlyList<ReportFact> Facts { get; }

    /// <summary>The pause ledger of an in-scope dossier (empty when it has none).</summary>
    public IEnumerable<DossierPause> PausesOf(long dossierId) => _pauses[dossierId];

    public bool HasPauses(long dossierId) => _pauses.Contains(dossierId);

    /// <summary>Reads the snapshot from the database.</summary>
    public static async Task<ReportSnapshot> ReadAsync(OneStopDb db, string? unitPath, ReportWindow w, bool closedAsOnTime, CancellationToken ct)
    {
        var inScope = ResultsReportQueries.InScope(db.Dossiers.AsNoTracking(), unitPath, w, closedAsOnTime);
        var facts = await FactsAsync(db, ReportFacts.Of(inScope, w), ct);
        var pauses = await ReportFacts.Ledger(inScope, db).ToListAsync(ct);
        return new ReportSnapshot(facts, pauses.ToLookup(p => p.DossierId));
    }

    /// <summary>The given in-scope dossiers with their ledgers, as the deadline replays need them (read once per snapshot).</summary>
    public async Task<IReadOnlyList<ReplayDossier>> ReplaysAsync(OneStopDb db, IReadOnlyList<long> ids, CancellationToken ct)
    {
        var missing = ids.Where(id => !_replays.ContainsKey(id)).ToList();
        if (missing.Count > 0)
            foreach (var d in await ReportFacts.Bases(db, missing).ToListAsync(ct))
                _replays.TryAdd(d.Id, new ReplayDossier(d.UnitId, d.ProcedureId, d.FieldId, d.Basis, d.FinishedAt, [.. _pauses[d.Id]]));
        return [.. ids.Select(id => _replays[id])];
    }

    /// <summary>
    /// The facts through the provider's data reader: the statement is EF's translation (SQLite and SQL Server alike), but
    /// the ≈ 60,000 rows of a province year are read as five integers each, without EF's per-row materialisation.
    /// </summary>
    private static async Task<List<ReportFact>> FactsAsync(OneStopDb db, IQueryable<ReportFact> query, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using DbCommand command = query.CreateDbCommand();
            await using var reader = await command.ExecuteReaderAsync(ct);
            var facts = new List<ReportFact>();
            while (await reader.ReadAsync(ct))
                facts.Add(new ReportFact(reader.GetInt64(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4)));
            return facts;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
