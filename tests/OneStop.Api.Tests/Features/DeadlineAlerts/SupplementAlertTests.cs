using OneStop.Api.Tests.Features.Dossiers;
using static OneStop.Api.Tests.Features.DeadlineAlerts.DeadlineAlertApi;

namespace OneStop.Api.Tests.Features.DeadlineAlerts;

/// <summary>A supplement request stops the clock: the running alerts close, SUPPLEMENT_OVERDUE fires after the period.</summary>
public sealed class SupplementAlertTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    [Fact]
    public async Task A_supplement_not_brought_in_time_raises_SUPPLEMENT_OVERDUE_and_the_step_alerts_close()
    {
        await DossierApi.EnsureCatalogueAsync(factory);
        await ScanAsync(factory);
        var desk = await factory.ClientAsync(DossierApi.Receptionist);
        var leader = await factory.ClientAsync(DossierApi.Leader);
        var specialist = await factory.ClientAsync(DossierApi.Specialist);
        var d = await DossierApi.ReceiveOkAsync(desk, DossierApi.Intake(name: "Phạm Thị Bổ Sung"));
        var code = d.S("code");
        d = await DossierApi.ActOkAsync(leader, "assignDossier", "AssignDossierInput", new { code, expectedVersion = d.I("version") });
        d = await DossierApi.ActOkAsync(specialist, "appraiseDossier", "AppraiseDossierInput", new { code, expectedVersion = d.I("version"), opinion = "Thiếu" });
        await ScanAsync(factory);
        d = await DossierApi.ActOkAsync(specialist, "requestDossierSupplement", "RequestDossierSupplementInput",
            new { code, expectedVersion = d.I("version"), missingItems = new[] { "Giấy xác nhận" }, reason = "Thiếu" });
        await ScanAsync(factory);
        Assert.Empty(await AlertsAsync(leader, code, open: true));

        // 10 working days (the default) later: two calendar weeks and a day.
        factory.Clock.Advance(TimeSpan.FromDays(15));
        await ScanAsync(factory);
        var admin = await DossierApi.FreshClientAsync(factory, DossierApi.Admin);
        var open = await AlertsAsync(admin, code, open: true);
        Assert.Equal(["SUPPLEMENT_OVERDUE"], Kinds(open));
    }
}
