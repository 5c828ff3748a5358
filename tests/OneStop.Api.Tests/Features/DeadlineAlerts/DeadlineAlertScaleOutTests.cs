using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using OneStop.Api.Tests.Features.Dossiers;
using OneStop.Api.Tests.Infrastructure.Http;
using static OneStop.Api.Tests.Features.DeadlineAlerts.DeadlineAlertApi;

namespace OneStop.Api.Tests.Features.DeadlineAlerts;

/// <summary>
/// Two API instances on one database and one Redis (TECH.md §9): both scan at the same moment, the unique key lets one
/// insert win, and a subscriber on instance B receives the alert caused on instance A exactly once.
/// </summary>
public sealed class DeadlineAlertScaleOutTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    private sealed class RedisApiFactory(string connection, string prefix, string? databasePath = null) : OneStopApiFactory
    {
        protected override void ConfigureMore(IWebHostBuilder builder)
        {
            builder.UseSetting("Redis:Connection", connection);
            builder.UseSetting("Redis:Prefix", prefix);
            if (databasePath is not null) builder.UseSetting("ConnectionStrings:OneStop", $"Data Source={databasePath}");
        }
    }

    [Fact]
    public async Task An_overdue_import_on_A_reaches_a_subscriber_on_B_exactly_once_while_both_scan()
    {
        Assert.True(redis.Connection is not null, redis.Error);
        var prefix = "onestop:test-" + Guid.NewGuid().ToString("N");
        using var a = new RedisApiFactory(redis.Connection!, prefix);
        _ = a.Server;
        using var b = new RedisApiFactory(redis.Connection!, prefix, a.DatabasePath);
        using var adminA = await a.ClientAsync(DossierApi.Admin);
        await DossierApi.EnsureCatalogueAsync(a);
        // The first scans catch up with the demo data; run them at once too.
        await Task.WhenAll(ScanAsync(a), ScanAsync(b));

        await using var ws = await GraphQLWsTestClient.ConnectAndInitAsync(b, DossierApi.Leader);
        await ws.SubscribeAsync("s", "subscription { deadlineAlerts(kinds: [OVERDUE]) { kind dueAt dossier { code } } }");
        await Task.Delay(500); // the Redis SUBSCRIBE is asynchronous and the protocol has no subscribe acknowledgement

        var code = await ImportOverdueAsync(a, adminA);
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(ScanAsync(a), ScanAsync(b), ScanAsync(a), ScanAsync(b));

        var received = 0;
        while (watch.Elapsed < TimeSpan.FromSeconds(10))
        {
            var message = await ws.ReceiveAsync();
            if (message?["payload"]?["data"]?["deadlineAlerts"]?["dossier"]?["code"]?.GetValue<string>() == code)
            {
                received++;
                break;
            }
        }
        Assert.Equal(1, received);
        await Task.Delay(1000);
        var later = await ws.MessagesBeforePongAsync();
        Assert.DoesNotContain(later, m => m["payload"]?["data"]?["deadlineAlerts"]?["dossier"]?["code"]?.GetValue<string>() == code);

        var alerts = await AlertsAsync(adminA, code);
        Assert.Equal(1, alerts.Count(x => x!["kind"]!.GetValue<string>() == "OVERDUE"));
    }
}
