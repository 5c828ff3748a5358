using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Api.Infrastructure.GraphQL;
using OneStop.Api.Tests.Features.Dossiers;
using OneStop.Api.Tests.Infrastructure.Http;
using static OneStop.Api.Tests.Features.DeadlineAlerts.DeadlineAlertApi;

namespace OneStop.Api.Tests.Features.DeadlineAlerts;

/// <summary>
/// Shared delivery (<see cref="SharedSubscriptionExecutionStrategy"/>): an event executes once per delivery class, while
/// each subscriber is still filtered by its own unit subtree and receives its own role's masking.
/// </summary>
public sealed class DeadlineAlertDeliveryTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    private const string Query = "subscription { deadlineAlerts(kinds: [OVERDUE]) { kind dossier { code applicant { idNumber phone } } } }";

    [Fact]
    public async Task An_alert_executes_once_per_class_and_each_subscriber_keeps_its_scoping_and_masking()
    {
        using var admin = await factory.ClientAsync(DossierApi.Admin);
        await DossierApi.EnsureCatalogueAsync(factory);
        await ScanAsync(factory); // settle the demo data first
        var strategy = factory.Services.GetRequiredService<SharedSubscriptionExecutionStrategy>();
        await using var leader1 = await GraphQLWsTestClient.ConnectAndInitAsync(factory, DossierApi.Leader);
        await using var leader2 = await GraphQLWsTestClient.ConnectAndInitAsync(factory, DossierApi.Leader);
        await using var analyst = await GraphQLWsTestClient.ConnectAndInitAsync(factory, DossierApi.Analyst);
        await using var adminWs = await GraphQLWsTestClient.ConnectAndInitAsync(factory, DossierApi.Admin);
        await using var other = await GraphQLWsTestClient.ConnectAndInitAsync(factory, DossierApi.OtherLeader);
        GraphQLWsTestClient[] receivers = [leader1, leader2, analyst, adminWs];
        foreach (var (ws, i) in receivers.Append(other).Select((ws, i) => (ws, i))) await ws.SubscribeAsync("s" + i, Query);
        await Task.Delay(300);
        var before = strategy.Executions;

        var code = await ImportOverdueAsync(factory, admin);
        await ScanAsync(factory);

        var payloads = new List<JsonNode>();
        foreach (var ws in receivers)
        {
            var next = await ws.ReceiveAsync();
            Assert.Equal("next", next?["type"]?.GetValue<string>());
            payloads.Add(next!["payload"]!);
        }
        Assert.All(payloads, p => Assert.Equal(code, p["data"]!["deadlineAlerts"]!["dossier"]!["code"]!.GetValue<string>()));
        string IdNumber(JsonNode p) => p["data"]!["deadlineAlerts"]!["dossier"]!["applicant"]!["idNumber"]!.GetValue<string>();
        Assert.Equal(("049095000123", "049095000123", "049095000123"), (IdNumber(payloads[0]), IdNumber(payloads[1]), IdNumber(payloads[3])));
        Assert.NotEqual("049095000123", IdNumber(payloads[2]));
        Assert.Contains('*', IdNumber(payloads[2]));
        Assert.Contains('*', payloads[2]["data"]!["deadlineAlerts"]!["dossier"]!["applicant"]!["phone"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(payloads[0], payloads[1]));

        // Nothing more for anyone; the other district's leader got nothing at all.
        foreach (var ws in receivers.Append(other)) Assert.Empty(await ws.MessagesBeforePongAsync());
        // Three classes (the Tam Kỳ leader twice, the analyst, the admin): three executions, not four; none for the filtered one.
        Assert.Equal(3, strategy.Executions - before);
    }

    [Fact]
    public async Task Mine_and_unit_filters_stay_per_subscriber_on_the_shared_path()
    {
        using var admin = await factory.ClientAsync(DossierApi.Admin);
        await DossierApi.EnsureCatalogueAsync(factory);
        await ScanAsync(factory);
        await using var all = await GraphQLWsTestClient.ConnectAndInitAsync(factory, DossierApi.Admin);
        await using var mine = await GraphQLWsTestClient.ConnectAndInitAsync(factory, DossierApi.Admin);
        await using var otherUnit = await GraphQLWsTestClient.ConnectAndInitAsync(factory, DossierApi.Admin);
        await all.SubscribeAsync("a", Query);
        await mine.SubscribeAsync("m", "subscription { deadlineAlerts(kinds: [OVERDUE], mine: true) { kind dossier { code } } }");
        await otherUnit.SubscribeAsync("u", "subscription($u: String) { deadlineAlerts(kinds: [OVERDUE], unitCode: $u) { kind dossier { code } } }",
            new { u = DossierApi.NamTraMy });
        await Task.Delay(300);

        var code = await ImportOverdueAsync(factory, admin);
        await ScanAsync(factory);

        var next = await all.ReceiveAsync();
        Assert.Equal(code, next!["payload"]!["data"]!["deadlineAlerts"]!["dossier"]!["code"]!.GetValue<string>());
        await Task.Delay(300);
        Assert.Empty(await mine.MessagesBeforePongAsync()); // the admin is not the assignee
        Assert.Empty(await otherUnit.MessagesBeforePongAsync()); // a Tam Kỳ dossier, not Nam Trà My
    }
}
