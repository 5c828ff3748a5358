using OneStop.Api.Infrastructure.Http;

namespace OneStop.Api.Features.DeadlineAlerts;

/// <summary>
/// <c>POST /bench/deadline-scan</c>, mapped only with <c>Bench:DeadlineScan=true</c> (bench/alerts.mjs): runs one scan
/// now and answers what it did, its time and when each alert was published, so the benchmark can time a scan and
/// measure delivery latency from the publish. Run with <c>DeadlineAlerts:ScanSeconds=0</c> so only these scans raise alerts.
/// <c>GET /bench/deliveries</c> answers, and forgets, the batches of shared <c>next</c> frames this instance's WebSocket
/// connections wrote since the last call (<see cref="DeliveryProbe"/>): when each left, and how many frames it held; and the
/// garbage collections (per generation), GC pause time and bytes allocated meanwhile.
/// </summary>
public static class DeadlineAlertBenchEndpoints
{
    /// <summary>Milliseconds since the Unix epoch with their fraction, as the benchmark's clients read the wall clock.</summary>
    private static double UnixMilliseconds(DateTimeOffset at) => at.ToUnixTimeMilliseconds() + at.Ticks % TimeSpan.TicksPerMillisecond / 10_000.0;

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
                Published = result.Published.Select(p => new { p.AlertId, Kind = p.Kind.ToString(), PublishedAt = UnixMilliseconds(p.PublishedAt) }),
            });
        }).ExcludeFromDescription();
        app.MapGet("/bench/deliveries", (DeliveryProbe probe) =>
        {
            var since = probe.Take();
            return Results.Json(new
            {
                Written = since.Written.Select(b => new { WrittenAt = UnixMilliseconds(b.At), b.NextFrames }),
                since.Collections,
                GcPauseMs = since.GcPause.TotalMilliseconds,
                since.AllocatedBytes,
            });
        }).ExcludeFromDescription();
    }
}
