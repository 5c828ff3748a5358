namespace OneStop.Api.Features.DeadlineAlerts;

/// <summary>
/// <c>POST /bench/deadline-scan</c>, mapped only with <c>Bench:DeadlineScan=true</c> (bench/alerts.mjs): runs one scan
/// now and answers what it did, its time and when each alert was published, so the benchmark can time a scan and
/// measure delivery latency from the publish. Run with <c>DeadlineAlerts:ScanSeconds=0</c> so only these scans raise alerts.
/// </summary>
public static class DeadlineAlertBenchEndpoints
{
    public static void MapDeadlineAlertBench(this WebApplication app)
    {
        if (!app.Configuration.GetValue("Bench:DeadlineScan", false)) return;
        app.MapPost("/bench/deadline-scan", async (DeadlineScanner scanner, TimeProvider clock, CancellationToken ct) =>
        {
            var result = await scanner.ScanOnceAsync(clock.GetUtcNow().UtcDateTime, ct);
            return Results.Json(new
            {
                result.Examined,
                result.Raised,
                result.Closed,
                result.CatchingUp,
                Milliseconds = result.Elapsed.TotalMilliseconds,
                Published = result.Published.Select(p => new { p.AlertId, Kind = p.Kind.ToString(), PublishedAt = p.PublishedAt.ToUnixTimeMilliseconds() + p.PublishedAt.Ticks % TimeSpan.TicksPerMillisecond / 10_000.0 }),
            });
        }).ExcludeFromDescription();
    }
}
