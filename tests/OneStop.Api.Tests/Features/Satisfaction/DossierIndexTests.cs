using static OneStop.Api.Tests.Features.Dossiers.DossierApi;
using static OneStop.Api.Tests.Features.Satisfaction.SatisfactionApi;

namespace OneStop.Api.Tests.Features.Satisfaction;

public sealed class DossierIndexTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    [Fact]
    public async Task Nine_indices_come_from_the_dossier_history_and_say_no_data_otherwise()
    {
        var (code, _) = await ReturnedAsync(factory);
        var e = (await EvaluationAsync(await factory.ClientAsync(Receptionist), code))!;
        var points = e["indices"]!.AsArray().Select(i => (i!.I("number"), i!["points"]?.GetValue<int>())).ToList();
        // Returned the same day: early overall (1) and per step (2); no guidance or supplement (3); desk only (4);
        // 5 and 9 are unit ratios; attitude early without complaint (7); no follow-up (8).
        Assert.Equal([(1, 2), (2, 2), (3, 2), (4, 1), (5, null), (7, 2), (8, null), (9, null)], points.Where(p => p.Item1 != 6));
        Assert.NotNull(points.Single(p => p.Item1 == 6).Item2);
        Assert.Equal(points.Sum(p => p.Item2 ?? 0), e.I("indexPoints"));
    }

    [Fact]
    public async Task Desk_guidance_counts_as_one_contact()
    {
        await EnsureCatalogueAsync(factory);
        var desk = await factory.ClientAsync(Receptionist);
        var d = await ReceiveOkAsync(desk, Intake(outcome: "REQUEST_SUPPLEMENT"));
        var e = (await EvaluationAsync(desk, d.S("code")))!;
        var contacts = e["indices"]!.AsArray().Single(i => i!.S("key") == "CONTACTS")!;
        Assert.Equal(1, contacts.I("points"));
        Assert.Null(e["indices"]!.AsArray().Single(i => i!.S("key") == "TOTAL_TIME")!["points"]);
    }
}
