using Microsoft.Extensions.DependencyInjection;
using OneStop.Api.Infrastructure.GraphQL;
using OneStop.Api.Tests.Features.Dossiers;
using OneStop.Api.Tests.Infrastructure.Http;
using static OneStop.Api.Tests.Features.DeadlineAlerts.DeadlineAlertApi;

namespace OneStop.Api.Tests.Features.DeadlineAlerts;

/// <summary>
/// Subscribers of one delivery class share one response stream (<see cref="SharedSubscriptionExecutionStrategy"/>): it is
/// connected with the first, survives any one of them leaving, is disconnected with the last and connected again by the next.
/// </summary>
public sealed class DeadlineAlertSharedStreamTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    private const string Query = "subscription { deadlineAlerts(kinds: [OVERDUE]) { kind dossier { code } } }";

    private static string CodeOf(System.Text.Json.Nodes.JsonNode? next) =>
        next!["payload"]!["data"]!["deadlineAlerts"]!["dossier"]!["code"]!.GetValue<string>();

    [Fact]
    public async Task A_class_shares_one_stream_that_outlives_any_one_subscriber_and_reconnects_after_the_last()
    {
        using var admin = await factory.ClientAsync(DossierApi.Admin);
        await DossierApi.EnsureCatalogueAsync(factory);
        await ScanAsync(factory);
        var strategy = factory.Services.GetRequiredService<SharedSubscriptionExecutionStrategy>();
        var before = strategy.SharedStreams;

        var first = await GraphQLWsTestClient.ConnectAndInitAsync(factory, DossierApi.Leader);
        await using var second = await GraphQLWsTestClient.ConnectAndInitAsync(factory, DossierApi.Leader);
        await using var third = await GraphQLWsTestClient.ConnectAndInitAsync(factory, DossierApi.Leader);
        await using var analyst = await GraphQLWsTestClient.ConnectAndInitAsync(factory, DossierApi.Analyst);
        await first.SubscribeAsync("a", Query);
        await second.SubscribeAsync("b", Query);
        await third.SubscribeAsync("c", Query);
        await analyst.SubscribeAsync("d", Query);
        await Task.Delay(300);
        // Three subscriptions of the leader, one of the analyst: two shared streams.
        Assert.Equal(before + 2, strategy.SharedStreams);

        // The first subscriber (whose request resolved the shared stream) leaves: the others still receive.
        await first.DisposeAsync();
        await Task.Delay(300);
        var code = await ImportOverdueAsync(factory, admin);
        await ScanAsync(factory);
        Assert.Equal(code, CodeOf(await second.ReceiveAsync()));
        Assert.Equal(code, CodeOf(await third.ReceiveAsync()));
        Assert.Equal(code, CodeOf(await analyst.ReceiveAsync()));

        // One completes its operation: its stream ends with `complete` semantics (nothing more), the other stays.
        await second.SendAsync(new { type = "complete", id = "b" });
        await Task.Delay(300);
        var next = await ImportOverdueAsync(factory, admin);
        await ScanAsync(factory);
        Assert.Equal(next, CodeOf(await third.ReceiveAsync()));
        Assert.Empty(await second.MessagesBeforePongAsync());

        // The last subscriber of the leader's class leaves: that stream is disconnected and forgotten.
        await third.SendAsync(new { type = "complete", id = "c" });
        await Task.Delay(300);
        Assert.Equal(before + 1, strategy.SharedStreams);

        // A new subscriber of the same class starts it again and receives the next alert.
        await second.SubscribeAsync("e", Query);
        await Task.Delay(300);
        Assert.Equal(before + 2, strategy.SharedStreams);
        var last = await ImportOverdueAsync(factory, admin);
        await ScanAsync(factory);
        Assert.Equal(last, CodeOf(await second.ReceiveAsync()));
    }
}
