using System.Reactive.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OneStop.Api.Features.DeadlineAlerts;
using OneStop.Api.Infrastructure.Events;
using OneStop.Api.Tests.Features.Dossiers;
using static OneStop.Api.Tests.Features.DeadlineAlerts.DeadlineAlertApi;

namespace OneStop.Api.Tests.Features.DeadlineAlerts;

/// <summary>The alert feed: a burst read from the database as a whole, in order; alerts primed by this instance's scan not read back.</summary>
public sealed class DeadlineAlertFeedTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    /// <summary>Two overdue dossiers imported and scanned: their codes and OVERDUE alert ids, in that order.</summary>
    private async Task<(string[] Codes, List<long> Raised)> RaiseTwoOverdueAsync()
    {
        using var admin = await factory.ClientAsync(DossierApi.Admin);
        await DossierApi.EnsureCatalogueAsync(factory);
        await ScanAsync(factory);
        var codes = new[] { await ImportOverdueAsync(factory, admin), await ImportOverdueAsync(factory, admin) };
        var raised = (await ScanAsync(factory)).Published.Where(p => p.Kind == DeadlineAlertKind.Overdue).Select(p => p.AlertId).ToList();
        Assert.Equal(2, raised.Count);
        return (codes, raised);
    }

    /// <summary>A feed of another instance: nothing primed, everything read from the database.</summary>
    private DeadlineAlertFeed OtherInstancesFeed() =>
        new(factory.Services.GetRequiredService<IServiceScopeFactory>(), factory.Services.GetRequiredService<IEventBus>(), NullLogger<DeadlineAlertFeed>.Instance);

    private sealed class Writer : IBatchedSignal
    {
        public int Signals { get; private set; }

        public void Signal() => Signals++;
    }

    [Fact]
    public async Task A_feed_reads_a_burst_in_order_with_null_for_a_missing_alert()
    {
        var (codes, raised) = await RaiseTwoOverdueAsync();
        using var other = OtherInstancesFeed();
        var read = await other.Read([raised[1], long.MaxValue, raised[0]]).ToList();
        Assert.Equal(3, read.Count);
        Assert.Equal((raised[1], codes[1]), (read[0]!.Alert.Id, read[0]!.Dossier.Code));
        Assert.Null(read[1]);
        Assert.Equal((raised[0], codes[0]), (read[2]!.Alert.Id, read[2]!.Dossier.Code));
        Assert.Equal(codes[0], read[2]!.Alert.DossierCode);

        // The scanning instance's feed was handed the alerts as saved: the same objects, no read.
        var primed = factory.Services.GetRequiredService<DeadlineAlertFeed>();
        var first = await primed.Read([raised[0]]).SingleAsync();
        var again = await primed.Read([raised[0]]).SingleAsync();
        Assert.Same(first, again);
        Assert.Equal(codes[0], first!.Dossier.Code);
    }

    [Fact]
    public async Task A_burst_read_from_the_database_is_handed_on_in_one_signal_batch()
    {
        var (_, raised) = await RaiseTwoOverdueAsync();
        using var other = OtherInstancesFeed();
        var writer = new Writer();
        var deferred = new List<bool>();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // A writer woken for each alert of the burst: every wake waits for the burst's end, then each is given.
        using var subscription = other.Read(raised).Subscribe(_ => deferred.Add(SignalBatch.TryDefer(writer)), e => done.TrySetException(e), () => done.TrySetResult());
        await done.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal([true, true], deferred);
        Assert.Equal(2, writer.Signals);
    }
}
