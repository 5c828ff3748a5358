using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Api.Features.DeadlineAlerts;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Tests.Features.Dossiers;
using static OneStop.Api.Tests.Features.DeadlineAlerts.DeadlineAlertApi;

namespace OneStop.Api.Tests.Features.DeadlineAlerts;

/// <summary>
/// The catch-up after a start is bounded per scan (<see cref="DeadlineAlertOptions.CatchUpSize"/>): dossiers received while
/// no instance watched are evaluated a slice per scan, in id order, until all are, each alert raised exactly once.
/// </summary>
public sealed class DeadlineCatchUpTests
{
    private sealed class RestartedFactory(string databasePath) : OneStopApiFactory
    {
        protected override void ConfigureMore(IWebHostBuilder builder)
        {
            builder.UseSetting("ConnectionStrings:OneStop", $"Data Source={databasePath}");
            builder.UseSetting("DeadlineAlerts:CatchUpSize", "3");
            builder.UseSetting("DeadlineAlerts:CatchUpWindow", "1000");
        }
    }

    [Fact]
    public async Task Several_scans_catch_up_a_slice_each_until_every_dossier_is_evaluated_once()
    {
        // Seven overdue dossiers received by an instance that never scans them (the database of a stopped fleet).
        using var before = new OneStopApiFactory();
        using var admin = await before.ClientAsync(DossierApi.Admin);
        var codes = new List<string>();
        for (var i = 0; i < 7; i++) codes.Add(await ImportOverdueAsync(before, admin));

        using var after = new RestartedFactory(before.DatabasePath);
        int Pending()
        {
            using var scope = after.Services.CreateScope();
            return DeadlineScanner.NotEvaluated(scope.ServiceProvider.GetRequiredService<OneStopDb>(), 0, long.MaxValue, int.MaxValue).Count();
        }
        Assert.Equal(7, Pending());

        var scans = new List<ScanResult>();
        var remaining = new List<int>();
        do
        {
            scans.Add(await ScanAsync(after));
            remaining.Add(Pending());
        }
        while (scans[^1].CatchingUp && scans.Count < 10);

        // At most 3 per scan, in id order, until none is left; then the catch-up is over.
        Assert.Equal([4, 1, 0], remaining);
        Assert.All(scans, s => Assert.True(s.Examined <= 3, $"{s.Examined} examined"));
        Assert.False(scans[^1].CatchingUp);
        Assert.Equal(0, remaining[^1]);
        Assert.Equal(7, scans.Sum(s => s.Raised));

        // Nothing more, and every dossier has its one OVERDUE alert.
        Assert.Equal(0, (await ScanAsync(after)).Raised);
        using var adminAfter = await after.ClientAsync(DossierApi.Admin);
        foreach (var code in codes) Assert.Single(await AlertsAsync(adminAfter, code), a => a!["kind"]!.GetValue<string>() == "OVERDUE");
    }
}
