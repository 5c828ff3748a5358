using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Infrastructure.Data;

namespace OneStop.Api.Features.Reports;

/// <summary>
/// What II.06a and the service index both read for one scope and window, in three statements: the facts of the in-scope
/// dossiers (<see cref="ReportFacts.Of"/>), the pauses of those that have any (<see cref="ReportFacts.Ledger"/>) and the
/// columns their deadline replays need (<see cref="ReportFacts.Bases"/>). Both reports are computed from it in memory; over a completed period
/// <see cref="ReportCache.SnapshotAsync"/> shares one snapshot between them while no input changed.
/// </summary>
public sealed record ReportSnapshot(IReadOnlyList<ReportFact> Facts, IReadOnlyDictionary<long, ReplayDossier> Paused)
{
    /// <summary>Reads the snapshot from the database.</summary>
    public static async Task<ReportSnapshot> ReadAsync(OneStopDb db, string? unitPath, ReportWindow w, bool closedAsOnTime, CancellationToken ct)
    {
        var inScope = ResultsReportQueries.InScope(db.Dossiers.AsNoTracking(), unitPath, w, closedAsOnTime);
        var facts = await FactsAsync(db, ReportFacts.Of(inScope, w), ct);
        var ledgers = (await ReportFacts.Ledger(inScope, db).ToListAsync(ct)).ToLookup(p => p.DossierId);
        var paused = new Dictionary<long, ReplayDossier>();
        if (ledgers.Count > 0)
            foreach (var d in await ReportFacts.Bases(db, [.. ledgers.Select(l => l.Key)]).ToListAsync(ct))
                paused[d.Id] = new ReplayDossier(d.UnitId, d.ProcedureId, d.FieldId, d.Basis, d.FinishedAt, [.. ledgers[d.Id]]);
        return new ReportSnapshot(facts, paused);
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
