using System.Text.Json.Nodes;
using OneStop.Api.Tests.Features.Dossiers;
using static OneStop.Api.Tests.Features.DeadlineAlerts.DeadlineAlertApi;

namespace OneStop.Api.Tests.Features.DeadlineAlerts;

/// <summary>The clock moves; the apology warning, the re-appointment that closes it and the DUE_SOON of the new appointment.</summary>
public sealed class DeadlineAlertRearmTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    [Fact]
    public async Task A_new_appointment_closes_the_old_alerts_and_re_arms_on_the_new_deadline()
    {
        await DossierApi.EnsureCatalogueAsync(factory);
        await ScanAsync(factory);
        var desk = await factory.ClientAsync(DossierApi.Receptionist);
        var d = await DossierApi.ReceiveOkAsync(desk, DossierApi.Intake(name: "Lê Văn Bình"));
        var code = d.S("code");
        var first = d.T("appointmentAt");

        var apology = await AdvanceUntilAsync(code, "APOLOGY_REQUIRED");
        Assert.Equal(first, apology.T("dueAt"));

        var leader = await DossierApi.FreshClientAsync(factory, DossierApi.Leader);
        var current = (await leader.DataAsync($"{{ dossier(code: \"{code}\") {{ version }} }}"))["dossier"]!;
        var second = first.AddDays(7);
        await DossierApi.ActOkAsync(leader, "apologiseForDossier", "ApologiseForDossierInput", new
        {
            code,
            expectedVersion = current.I("version"),
            reason = "Chờ xác minh",
            responsibleUnitCode = "000.51.21.H47",
            newAppointmentAt = second,
        });
        await ScanAsync(factory);
        var closed = (await AlertsAsync(leader, code)).Single(a => a!.S("kind") == "APOLOGY_REQUIRED")!;
        Assert.NotNull(closed["closedAt"]);
        Assert.Empty(await AlertsAsync(leader, code, open: true));

        var dueSoon = await AdvanceUntilAsync(code, "DUE_SOON");
        Assert.Equal(second, dueSoon.T("dueAt"));
        var all = await AlertsAsync(await DossierApi.FreshClientAsync(factory, DossierApi.Leader), code);
        Assert.DoesNotContain(all, a => a!.S("kind") == "DUE_SOON" && a!.T("dueAt") == first);
        // The re-appointment was the apology: no second APOLOGY_REQUIRED.
        Assert.Single(all, a => a!.S("kind") == "APOLOGY_REQUIRED");
    }

    private async Task<JsonNode> AdvanceUntilAsync(string code, string kind)
    {
        for (var i = 0; i < 200; i++)
        {
            factory.Clock.Advance(TimeSpan.FromHours(2));
            if ((await ScanAsync(factory)).Raised == 0) continue;
            var alerts = await AlertsAsync(await DossierApi.FreshClientAsync(factory, DossierApi.Admin), code, open: true);
            if (alerts.FirstOrDefault(a => a!.S("kind") == kind && a!["step"] is null) is { } found) return found!;
        }
        throw new InvalidOperationException($"No {kind} alert for {code} within 400 hours.");
    }
}
