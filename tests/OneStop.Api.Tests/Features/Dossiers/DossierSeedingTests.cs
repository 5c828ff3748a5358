using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;

namespace OneStop.Api.Tests.Features.Dossiers;

/// <summary>A demo year of 4,000 dossiers seeded at start-up (the default is 60,000; the shape is the same).</summary>
public sealed class SeededYearFactory : OneStopApiFactory
{
    protected override void ConfigureMore(IWebHostBuilder builder)
    {
        builder.UseSetting("Demo:Dossiers", "4000");
        builder.UseSetting("Demo:RecentDossiers", "300");
    }
}

public sealed class DossierSeedingTests(SeededYearFactory factory) : IClassFixture<SeededYearFactory>
{
    private long Scalar(string sql)
    {
        _ = factory.Services;
        using var connection = new SqliteConnection($"Data Source={factory.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void The_2020_year_has_the_configured_size_and_every_dossier_of_2020_is_closed()
    {
        Assert.InRange(Scalar("SELECT COUNT(*) FROM Dossiers WHERE ReceivedOn < '2021-01-01'"), 3960, 4000);
        Assert.InRange(Scalar("SELECT COUNT(*) FROM Dossiers WHERE ReceivedOn >= '2026-01-01'"), 290, 300);
        Assert.Equal(0, Scalar("SELECT COUNT(*) FROM Dossiers WHERE ReceivedOn < '2021-01-01' "
            + "AND Status IN ('Received','InProcess','SupplementRequested','Paused','AwaitingApproval','Approved')"));
        // Codes are unique and counters continue after the seeded numbers.
        Assert.Equal(0, Scalar("SELECT COUNT(*) FROM Dossiers d JOIN DossierCounters c ON c.AgencyCode = d.AgencyCode AND c.Day = d.ReceivedOn WHERE d.Sequence > c.LastNumber"));
    }

    [Fact]
    public void Most_are_on_time_some_late_with_and_without_apology_supplements_and_withdrawals()
    {
        var finished = Scalar("SELECT COUNT(*) FROM Dossiers WHERE Lateness IS NOT NULL AND ReceivedOn < '2021-01-01'");
        var late = Scalar("SELECT COUNT(*) FROM Dossiers WHERE Lateness = 'Late' AND ReceivedOn < '2021-01-01'");
        Assert.InRange(late, finished / 50, finished / 5);
        Assert.True(Scalar("SELECT COUNT(*) FROM Dossiers WHERE Violation = 'LateWithoutApology'") > 0);
        Assert.True(Scalar("SELECT COUNT(*) FROM Dossiers d WHERE Lateness = 'Late' AND Violation = 'None' AND Status = 'Returned' "
            + "AND EXISTS (SELECT 1 FROM DossierApologies a WHERE a.DossierId = d.Id)") > 0);
        Assert.True(Scalar("SELECT COUNT(*) FROM DossierPauses WHERE Kind = 'Supplement' AND EndedAt IS NOT NULL") > 0);
        Assert.True(Scalar("SELECT COUNT(*) FROM Dossiers WHERE Status = 'Withdrawn'") > 0);
        Assert.True(Scalar("SELECT COUNT(*) FROM Dossiers WHERE Status = 'RefusedAtReception'") > 0);
        // Every action left an audit entry (receipt + at least assign, appraise, submit, approve, ready, return).
        Assert.Equal(0, Scalar("SELECT COUNT(*) FROM Dossiers d WHERE Status = 'Returned' AND Lateness IS NOT NULL AND RefusalReasons IS NULL "
            + "AND (SELECT COUNT(*) FROM DossierAuditEntries a WHERE a.DossierId = d.Id) < 7"));
    }

    [Fact]
    public void Nam_Tra_My_and_Nam_Giang_have_fewer_dossiers_processed_end_to_end()
    {
        const string lagging = "(SELECT Path FROM Units WHERE Kind = 'District' AND (Name LIKE '%Nam Trà My' OR Name LIKE '%Nam Giang'))";
        const string endToEnd = "Status = 'Returned' AND Lateness IS NOT NULL";
        var districts = Scalar("SELECT COUNT(*) FROM Units WHERE Kind = 'District'");
        var laggingDone = Scalar($"SELECT COUNT(*) FROM Dossiers d WHERE {endToEnd} AND EXISTS (SELECT 1 FROM {lagging} p WHERE d.ReceivingUnitPath LIKE p.Path || '%')");
        var allDone = Scalar($"SELECT COUNT(*) FROM Dossiers d JOIN Units u ON u.Kind = 'District' AND d.ReceivingUnitPath LIKE u.Path || '%' WHERE {endToEnd}");
        var perOtherDistrict = (allDone - laggingDone) / (double)(districts - 2);
        Assert.True(laggingDone / 2.0 < perOtherDistrict / 3, $"lagging {laggingDone / 2.0} vs others {perOtherDistrict} per district");
        Assert.True(Scalar($"SELECT COUNT(*) FROM Dossiers d WHERE ClosingReason LIKE 'Hồ sơ giải quyết ngoài hệ thống%' "
            + $"AND EXISTS (SELECT 1 FROM {lagging} p WHERE d.ReceivingUnitPath LIKE p.Path || '%')") > 0);
    }

    [Fact]
    public async Task The_recent_window_gives_officers_live_and_overdue_work()
    {
        using var admin = await factory.ClientAsync("admin@onestop.local");
        var data = await admin.DataAsync("""
            { open: dossiers(first: 1, where: { status: [RECEIVED, IN_PROCESS, AWAITING_APPROVAL, APPROVED, SUPPLEMENT_REQUESTED] }) { totalCount }
              overdue: dossiers(first: 1, where: { deadlineState: OVERDUE }) { totalCount } }
            """);
        Assert.True(data["open"]!["totalCount"]!.GetValue<int>() > 0);
        Assert.True(data["overdue"]!["totalCount"]!.GetValue<int>() > 0);
    }
}
