using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Api.Features.DeadlineAlerts;
using OneStop.Api.Tests.Features.Dossiers;

namespace OneStop.Api.Tests.Features.DeadlineAlerts;

/// <summary>Helpers: an overdue import, one deterministic scan, and the alerts of a dossier.</summary>
public static class DeadlineAlertApi
{
    public static Task<ScanResult> ScanAsync(OneStopApiFactory factory) =>
        factory.Services.GetRequiredService<DeadlineScanner>().ScanOnceAsync(factory.Clock.GetUtcNow().UtcDateTime);

    /// <summary>Imports (backfills) a five-day dossier received 20 days ago: its deadline has passed.</summary>
    public static async Task<string> ImportOverdueAsync(OneStopApiFactory factory, HttpClient admin)
    {
        await DossierApi.EnsureCatalogueAsync(factory);
        var receivedAt = factory.Clock.GetUtcNow().AddDays(-20).ToString("O");
        var dossier = await DossierApi.ReceiveOkAsync(admin, DossierApi.Intake(receivedAt: receivedAt));
        return dossier.S("code");
    }

    public static async Task<JsonArray> AlertsAsync(HttpClient client, string code, bool? open = null) =>
        (await client.DataAsync("""
            query($w: DeadlineAlertFilter) { deadlineAlerts(first: 50, where: $w) { totalCount nodes { id kind dueAt closedAt acknowledgedAt acknowledgedBy step { ordinal } dossier { code } } } }
            """, new { w = new { dossierCode = code, open } }))["deadlineAlerts"]!["nodes"]!.AsArray();

    public static IEnumerable<string> Kinds(JsonArray alerts) => alerts.Select(a => a!["kind"]!.GetValue<string>()).Order();
}
