using Microsoft.Extensions.Options;

namespace OneStop.Api.Features.DeadlineAlerts;

/// <summary>
/// Runs <see cref="DeadlineScanner.ScanOnceAsync"/> every <c>DeadlineAlerts:ScanSeconds</c> on the injected
/// <see cref="TimeProvider"/> (0 disables the loop; the scanner still listens to dossier changes).
/// </summary>
public sealed partial class DeadlineMonitor(DeadlineScanner scanner, TimeProvider clock, IOptions<DeadlineAlertOptions> options, ILogger<DeadlineMonitor> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = options.Value.ScanSeconds;
        if (seconds <= 0) return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds), clock);
        do
        {
            try
            {
                await scanner.ScanOnceAsync(clock.GetUtcNow().UtcDateTime, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed scan (database busy, Redis down) is retried on the next tick: alerts are derived state.
                LogScanFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Deadline scan failed; retrying on the next tick")]
    private static partial void LogScanFailed(ILogger logger, Exception e);
}
