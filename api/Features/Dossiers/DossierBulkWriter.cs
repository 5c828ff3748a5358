using System.Data.Common;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OneStop.Api.Infrastructure.Data;

namespace OneStop.Api.Features.Dossiers;

/// <summary>
/// Inserts whole dossiers (with documents, pauses, hand-overs, apologies and audit entries) in bulk, for the demo
/// seeder, the benchmark's seeding command and <c>importDossiers</c>. On SQLite it runs prepared INSERTs built from the
/// EF model (table, columns, value converters) on EF's own connection, assigning dossier ids itself, which is an
/// order of magnitude faster than change tracking; on other providers it falls back to <c>AddRange</c> +
/// <c>SaveChanges</c> per batch with change detection off. Counters are raised to the highest sequence written.
/// The caller owns the transaction (<c>db.Database.BeginTransaction</c>).
/// </summary>
public sealed class DossierBulkWriter
{
    private readonly OneStopDb _db;
    private readonly bool _sqlite;
    private readonly Dictionary<Type, Table> _tables = [];
    private readonly Dictionary<(string, DateOnly), int> _counters = [];
    private long _nextId;

    public DossierBulkWriter(OneStopDb db)
    {
        _db = db;
        _sqlite = db.Database.IsSqlite();
    }

    /// <summary>Rows written so far (dossiers only).</summary>
    public long Written { get; private set; }

    public async Task WriteAsync(IReadOnlyList<Dossier> batch, CancellationToken ct)
    {
        foreach (var d in batch)
        {
            var key = (d.AgencyCode, d.ReceivedOn);
            _counters[key] = Math.Max(_counters.GetValueOrDefault(key), d.Sequence);
        }
        if (!_sqlite)
        {
            _db.ChangeTracker.AutoDetectChangesEnabled = false;
            _db.Dossiers.AddRange(batch);
            _db.ChangeTracker.DetectChanges();
            await _db.SaveChangesAsync(ct);
            _db.ChangeTracker.Clear();
            _db.ChangeTracker.AutoDetectChangesEnabled = true;
            Written += batch.Count;
            return;
        }
        var connection = _db.Database.GetDbConnection();
        var transaction = _db.Database.CurrentTransaction?.GetDbTransaction();
        if (_nextId == 0)
        {
            await using var max = connection.CreateCommand();
            max.Transaction = transaction;
            max.CommandText = "SELECT COALESCE(MAX(Id), 0) FROM Dossiers";
            _nextId = Convert.ToInt64(await max.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) + 1;
            // Eight indexes on Dossiers: a larger page cache keeps their pages in memory during the batch.
            max.CommandText = "PRAGMA cache_size = -131072";
            await max.ExecuteNonQueryAsync(ct);
        }
        var dossiers = TableOf<Dossier>(connection, transaction, explicitId: true);
        var documents = TableOf<DossierDocument>(connection, transaction);
        var pauses = TableOf<DossierPause>(connection, transaction);
        var handovers = TableOf<DossierHandover>(connection, transaction);
        var apologies = TableOf<DossierApology>(connection, transaction);
        var audit = TableOf<DossierAuditEntry>(connection, transaction);
        foreach (var d in batch)
        {
            var id = _nextId++;
            // Synchronous on purpose: Microsoft.Data.Sqlite runs async calls synchronously anyway, minus the Task per row.
            ct.ThrowIfCancellationRequested();
            dossiers.Insert(d, id);
            foreach (var x in d.Documents) documents.Insert(x, id);
            foreach (var x in d.Pauses) pauses.Insert(x, id);
            foreach (var x in d.Handovers) handovers.Insert(x, id);
            foreach (var x in d.Apologies) apologies.Insert(x, id);
            foreach (var x in d.AuditEntries) audit.Insert(x, id);
        }
        Written += batch.Count;
    }

    /// <summary>Raises each (agency, day) counter to the highest sequence written, so later intakes continue after them.</summary>
    public async Task RaiseCountersAsync(CancellationToken ct)
    {
        if (_counters.Count == 0) return;
        if (!_sqlite)
        {
            await DossierCodes.RaiseCountersAsync(_db, _counters.Select(c => (c.Key.Item1, c.Key.Item2, c.Value)), ct);
            _counters.Clear();
            return;
        }
        await using var command = _db.Database.GetDbConnection().CreateCommand();
        command.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = "INSERT INTO DossierCounters (AgencyCode, Day, LastNumber) VALUES ($a, $d, $n) "
            + "ON CONFLICT (AgencyCode, Day) DO UPDATE SET LastNumber = MAX(LastNumber, excluded.LastNumber)";
        var a = Parameter(command, "$a");
        var day = Parameter(command, "$d");
        var n = Parameter(command, "$n");
        foreach (var ((agency, on), last) in _counters)
        {
            a.Value = agency;
            day.Value = on.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            n.Value = last;
            await command.ExecuteNonQueryAsync(ct);
        }
        _counters.Clear();
    }

    private Table TableOf<T>(DbConnection connection, DbTransaction? transaction, bool explicitId = false)
    {
        if (_tables.TryGetValue(typeof(T), out var table) && table.Command.Connection == connection && table.Command.Transaction == transaction) return table;
        table?.Command.Dispose();
        table = new Table(_db.Model.FindEntityType(typeof(T))!, connection, transaction, explicitId);
        _tables[typeof(T)] = table;
        return table;
    }

    private static DbParameter Parameter(DbCommand command, string name)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        command.Parameters.Add(p);
        return p;
    }

    /// <summary>One prepared INSERT: the dossier's id goes into <c>Id</c> (dossiers) or <c>DossierId</c> (children).</summary>
    private sealed class Table
    {
        private readonly (DbParameter Parameter, Func<object, object?> Get, ValueConverter? Converter)[] _columns;
        private readonly DbParameter _id;

        public Table(IEntityType entity, DbConnection connection, DbTransaction? transaction, bool explicitId)
        {
            Command = connection.CreateCommand();
            Command.Transaction = transaction;
            var idColumn = explicitId ? "Id" : "DossierId";
            var properties = entity.GetProperties()
                .Where(p => p.PropertyInfo is not null && (explicitId || p.Name != "Id") && p.Name != idColumn).ToList();
            var names = new List<string> { idColumn };
            _id = Parameter(Command, "$p0");
            var columns = new List<(DbParameter, Func<object, object?>, ValueConverter?)>();
            for (var i = 0; i < properties.Count; i++)
            {
                var p = properties[i];
                names.Add(p.GetColumnName());
                columns.Add((Parameter(Command, $"$p{i + 1}"), Getter(p.PropertyInfo!), p.GetTypeMapping().Converter));
            }
            _columns = [.. columns];
            Command.CommandText = $"INSERT INTO \"{entity.GetTableName()}\" ({string.Join(", ", names.Select(n => $"\"{n}\""))}) "
                + $"VALUES ({string.Join(", ", names.Select((_, i) => $"$p{i}"))})";
        }

        public DbCommand Command { get; }

        public void Insert(object row, long dossierId)
        {
            _id.Value = dossierId;
            foreach (var (parameter, get, converter) in _columns)
            {
                var value = get(row);
                if (value is not null && converter is not null) value = converter.ConvertToProvider(value);
                parameter.Value = value ?? DBNull.Value;
            }
            Command.ExecuteNonQuery();
        }

        private static Func<object, object?> Getter(System.Reflection.PropertyInfo property)
        {
            var row = Expression.Parameter(typeof(object));
            var body = Expression.Convert(Expression.Property(Expression.Convert(row, property.DeclaringType!), property), typeof(object));
            return Expression.Lambda<Func<object, object?>>(body, row).Compile();
        }
    }
}
