using OneStop.Api.Tests.Features.Dossiers;
using OneStop.Api.Tests.Infrastructure.Http;
using static OneStop.Api.Tests.Features.DeadlineAlerts.DeadlineAlertApi;

namespace OneStop.Api.Tests.Features.DeadlineAlerts;

public sealed class DeadlineAlertTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    [Fact]
    public async Task An_overdue_import_raises_one_overdue_alert_however_often_it_is_scanned()
    {
        using var admin = await factory.ClientAsync(DossierApi.Admin);
        var code = await ImportOverdueAsync(factory, admin);
        await ScanAsync(factory);
        await ScanAsync(factory);
        var alerts = await AlertsAsync(admin, code);
        Assert.Equal(1, alerts.Count(a => a!["kind"]!.GetValue<string>() == "OVERDUE"));
        // Already overdue when first seen: no stale DUE_SOON for the dossier.
        Assert.DoesNotContain(alerts, a => a!["kind"]!.GetValue<string>() == "DUE_SOON" && a["step"] is null);

        var overdue = alerts.Single(a => a!["kind"]!.GetValue<string>() == "OVERDUE")!;
        var ack = await admin.DataAsync("mutation($i: AcknowledgeDeadlineAlertInput!) { acknowledgeDeadlineAlert(input: $i) { alert { acknowledgedBy acknowledgedAt } errors { __typename } } }",
            new { i = new { id = overdue["id"]!.GetValue<string>() } });
        Assert.Empty(ack["acknowledgeDeadlineAlert"]!["errors"]!.AsArray());
        Assert.NotNull(ack["acknowledgeDeadlineAlert"]!["alert"]!["acknowledgedAt"]);

        var summary = (await admin.DataAsync("{ alertSummary(unitCode: \"000.00.21.H47\") { open unacknowledged byKind { kind open } } }"))["alertSummary"]!;
        Assert.True(summary["open"]!.GetValue<int>() > summary["unacknowledged"]!.GetValue<int>(), summary.ToJsonString());
    }

    [Fact]
    public async Task An_alert_is_a_node_resolved_with_the_same_unit_scoping()
    {
        using var admin = await factory.ClientAsync(DossierApi.Admin);
        var code = await ImportOverdueAsync(factory, admin);
        await ScanAsync(factory);
        var id = (await AlertsAsync(admin, code)).First()!["id"]!.GetValue<string>();
        const string Node = "query($id: ID!) { node(id: $id) { __typename id ... on DeadlineAlert { kind dossier { code } } } }";
        using var leader = await factory.ClientAsync(DossierApi.Leader);
        var node = (await leader.DataAsync(Node, new { id }))["node"]!;
        Assert.Equal(("DeadlineAlert", id, code), (node["__typename"]!.GetValue<string>(), node["id"]!.GetValue<string>(), node["dossier"]!["code"]!.GetValue<string>()));
        using var other = await factory.ClientAsync(DossierApi.OtherLeader);
        Assert.Null((await other.DataAsync(Node, new { id }))["node"]);
    }

    [Fact]
    public async Task Alerts_are_visible_only_in_the_dossiers_units()
    {
        using var admin = await factory.ClientAsync(DossierApi.Admin);
        var code = await ImportOverdueAsync(factory, admin);
        await ScanAsync(factory);
        using var other = await factory.ClientAsync(DossierApi.OtherLeader);
        Assert.Empty(await AlertsAsync(other, code));
        using var leader = await factory.ClientAsync(DossierApi.Leader);
        Assert.NotEmpty(await AlertsAsync(leader, code));
    }

    [Fact]
    public async Task A_subscriber_receives_alerts_only_for_dossiers_it_may_read()
    {
        using var admin = await factory.ClientAsync(DossierApi.Admin);
        await DossierApi.EnsureCatalogueAsync(factory);
        await ScanAsync(factory); // settle the demo data first
        await using var mine = await GraphQLWsTestClient.ConnectAndInitAsync(factory, DossierApi.Leader);
        await using var other = await GraphQLWsTestClient.ConnectAndInitAsync(factory, DossierApi.OtherLeader);
        const string Query = "subscription { deadlineAlerts(kinds: [OVERDUE]) { kind dossier { code } } }";
        await mine.SubscribeAsync("a", Query);
        await other.SubscribeAsync("b", Query);
        await Task.Delay(300);

        var code = await ImportOverdueAsync(factory, admin);
        await ScanAsync(factory);

        var next = await mine.ReceiveAsync();
        Assert.Equal("next", next?["type"]?.GetValue<string>());
        Assert.Equal(code, next!["payload"]!["data"]!["deadlineAlerts"]!["dossier"]!["code"]!.GetValue<string>());
        await Task.Delay(300);
        Assert.Empty(await other.MessagesBeforePongAsync());
    }

    [Fact]
    public async Task DossierChanged_streams_the_dossier_after_each_action()
    {
        using var admin = await factory.ClientAsync(DossierApi.Admin);
        var code = await ImportOverdueAsync(factory, admin);
        await using var ws = await GraphQLWsTestClient.ConnectAndInitAsync(factory, DossierApi.Leader);
        await ws.SubscribeAsync("d", "subscription($c: String!) { dossierChanged(code: $c) { code status } }", new { c = code });
        await Task.Delay(300);
        await DossierApi.ActOkAsync(admin, "withdrawDossier", "WithdrawDossierInput", new { code, expectedVersion = 1, reason = "Người nộp rút hồ sơ" });
        var next = await ws.ReceiveAsync();
        Assert.Equal("WITHDRAWN", next!["payload"]!["data"]!["dossierChanged"]!["status"]!.GetValue<string>());

        await ScanAsync(factory);
        // The dossier stopped running: its alerts are history.
        Assert.Empty(await AlertsAsync(admin, code, open: true));
    }

    [Fact]
    public async Task Subscribing_to_a_dossier_outside_the_units_is_refused()
    {
        using var admin = await factory.ClientAsync(DossierApi.Admin);
        var code = await ImportOverdueAsync(factory, admin);
        await using var ws = await GraphQLWsTestClient.ConnectAndInitAsync(factory, DossierApi.OtherLeader);
        await ws.SubscribeAsync("d", "subscription($c: String!) { dossierChanged(code: $c) { code } }", new { c = code });
        var next = await ws.ReceiveAsync();
        Assert.Equal("NOT_FOUND", next!["payload"]!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }
}
