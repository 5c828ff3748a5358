using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OneStop.Api.Features.Calendar;
using OneStop.Api.Features.Dossiers;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Tests.Infrastructure.Data;

namespace OneStop.Api.Tests.Features.Dossiers;

/// <summary>SQL Server cannot run here: the dossier queries are translated with the SQL Server provider instead.</summary>
public sealed class DossierSqlServerTests
{
    private static Viewer Officer() => new(new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
        [new System.Security.Claims.Claim(Viewer.UnitPathClaim, "/000.00.00.H47/000.00.21.H47/")], "test")));

    [Theory]
    [InlineData(DeadlineState.Overdue)]
    [InlineData(DeadlineState.DueSoon)]
    [InlineData(DeadlineState.WithinDeadline)]
    [InlineData(DeadlineState.Late)]
    public void Dossier_list_with_every_filter_translates(DeadlineState state)
    {
        using var db = DatabaseTests.SqlServer();
        var filter = new DossierFilter([DossierStatus.InProcess, DossierStatus.Paused], state, "000.00.21.H47", "1.001612", "G99", IntakeChannel.Online,
            new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), true, "nguyen van", true);
        var now = new DateTime(2026, 11, 26, 2, 0, 0, DateTimeKind.Utc);
        var q = DossierRepository.Filter(db, DossierRepository.VisibleTo(db.Dossiers.AsNoTracking(), Officer()), filter, "user-1", now, new DateOnly(2026, 11, 26), now.AddHours(8));
        foreach (var order in Enum.GetValues<DossierOrder>())
        {
            var sql = DossierRepository.Ordered(q, order).Take(51).ToQueryString();
            Assert.Contains("LIKE", sql, StringComparison.Ordinal);
            Assert.Contains("ORDER BY", sql, StringComparison.Ordinal);
        }
        Assert.True(DossierRepository.ByReceivedNewest.TryAfter(q, DossierRepository.ByReceivedNewest.CursorOf(new Dossier
        {
            Id = 7,
            Code = "x",
            AgencyCode = "x",
            ProcedureCode = "x",
            ReceivingUnitPath = "/",
            ApplicantName = "x",
            SearchText = "x",
            ReceivedByName = "x",
        }), out var after));
        Assert.Contains("[d].[ReceivedAt] < ", after.ToQueryString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_narrow_page_read_and_the_reference_stamp_translate()
    {
        using var db = DatabaseTests.SqlServer();
        var page = DossierRepository.ByReceivedNewest.Order(DossierRepository.VisibleTo(db.Dossiers.AsNoTracking(), Officer()))
            .Take(51).Select(DossierListProjection.Columns).ToQueryString();
        Assert.Contains("[d].[ApplicantName]", page, StringComparison.Ordinal);
        Assert.Contains("[d].[CurrentStepDueAt]", page, StringComparison.Ordinal);
        Assert.DoesNotContain("[d].[ApplicantIdNumber]", page, StringComparison.Ordinal);
        Assert.DoesNotContain("[d].[SearchText]", page, StringComparison.Ordinal);
        Assert.Contains("ORDER BY [d].[ReceivedAt] DESC, [d].[Id] DESC", page, StringComparison.Ordinal);
        // The stamp's subqueries on the context are only translated when the query runs (ToQueryString evaluates them): run it against a
        // SQL Server context whose connection and reader are intercepted, and read the command it sends.
        var capture = new CapturedCommand();
        await using var offline = new SqlServerOneStopDb(new DbContextOptionsBuilder<SqlServerOneStopDb>()
            .UseSqlServer("Server=offline;Database=OneStop;TrustServerCertificate=True").AddInterceptors(capture).Options);
        Assert.Null(await ReferenceDataCache.StampAsync(offline, CancellationToken.None));
        Assert.Contains("SELECT TOP(1)", capture.Sql, StringComparison.Ordinal);
        Assert.Contains("SELECT COALESCE(SUM(CAST([p", capture.Sql, StringComparison.Ordinal);
        Assert.Contains("FROM [ProcedureSteps]", capture.Sql, StringComparison.Ordinal);
    }

    [Fact]
    public void Counter_loaders_and_public_lookup_translate_and_the_migration_has_the_tables()
    {
        using var db = DatabaseTests.SqlServer();
        var counter = DossierCodes.Counter(db, "000.00.21.H47", new DateOnly(2026, 11, 26)).Select(c => c.LastNumber).ToQueryString();
        Assert.Contains("[d].[AgencyCode] = @", counter, StringComparison.Ordinal);
        long[] ids = [1, 2];
        Assert.Contains("IN", db.DossierPauses.Where(p => ids.Contains(p.DossierId)).OrderBy(p => p.DossierId).ThenBy(p => p.StartedAt).ToQueryString(), StringComparison.Ordinal);
        Assert.Contains("[PhoneLast4]", db.Dossiers.Where(d => d.Code == "x" && d.PhoneLast4 == "1234").ToQueryString(), StringComparison.Ordinal);
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        Assert.Contains("CREATE TABLE [Dossiers]", script, StringComparison.Ordinal);
        Assert.Contains("CONSTRAINT [PK_DossierCounters] PRIMARY KEY ([AgencyCode], [Day])", script, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX [IX_Dossiers_Code]", script, StringComparison.Ordinal);
    }

    /// <summary>Opens no connection and answers every query with no rows, keeping the SQL it was asked to run.</summary>
    private sealed class CapturedCommand : IDbConnectionInterceptor, IDbCommandInterceptor
    {
        public string Sql { get; private set; } = "";

        public ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result,
            CancellationToken cancellationToken = default) => ValueTask.FromResult(InterceptionResult.Suppress());

        public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Sql = command.CommandText;
            return ValueTask.FromResult(InterceptionResult<DbDataReader>.SuppressWithResult(new DataTable().CreateDataReader()));
        }
    }
}
