using Microsoft.AspNetCore.Hosting;
using OneStop.Api.Tests.Features.Dossiers;
using static OneStop.Api.Tests.Features.DeadlineAlerts.DeadlineAlertApi;

namespace OneStop.Api.Tests.Features.DeadlineAlerts;

/// <summary>The background loop: it scans on the injected clock's ticks, without any test call to the scanner.</summary>
public sealed class DeadlineMonitorTests
{
    private sealed class ScanningFactory : OneStopApiFactory
    {
        protected override void ConfigureMore(IWebHostBuilder builder) => builder.UseSetting("DeadlineAlerts:ScanSeconds", "2");
    }

    [Fact]
    public async Task The_monitor_raises_an_overdue_alert_on_the_next_tick_of_the_clock()
    {
        using var factory = new ScanningFactory();
        using var admin = await factory.ClientAsync(DossierApi.Admin);
        var code = await ImportOverdueAsync(factory, admin);
        for (var i = 0; i < 50; i++)
        {
            factory.Clock.Advance(TimeSpan.FromSeconds(2));
            await Task.Delay(200);
            if ((await AlertsAsync(admin, code)).Any(a => a!["kind"]!.GetValue<string>() == "OVERDUE")) return;
        }
        Assert.Fail($"No OVERDUE alert for {code} after 50 ticks.");
    }
}
