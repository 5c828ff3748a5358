using static OneStop.Api.Tests.Features.Dossiers.DossierApi;
using static OneStop.Api.Tests.Features.Satisfaction.SatisfactionApi;

namespace OneStop.Api.Tests.Features.Satisfaction;

/// <summary>Moves the clock: its own database.</summary>
public sealed class RatingWindowTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    [Fact]
    public async Task A_rating_changes_only_within_the_window()
    {
        var (code, token) = await ReturnedAsync(factory);
        var anon = await factory.ClientAsync();
        var first = await RateAsync(anon, token, "SATISFIED");
        Assert.Equal(first["rating"]!.T("ratedAt").AddDays(7), first["rating"]!.T("changeableUntil"));
        var change = first["changeLink"]!.S("token");
        factory.Clock.Advance(TimeSpan.FromDays(8));
        Assert.Equal("TOKEN_EXPIRED", Code0(await RateAsync(anon, change, "NOT_SATISFIED", reason: "muộn")));
        var desk = await FreshClientAsync(factory, Receptionist);
        var kiosk = (await desk.DataAsync("mutation($c: String!) { startRatingKiosk(input: { code: $c }) { errors { __typename ... on UserError { code } } } }", new { c = code }))["startRatingKiosk"]!;
        Assert.Equal("RATING_WINDOW_CLOSED", kiosk["errors"]![0]!.S("code"));
        Assert.Equal("SATISFIED", (await EvaluationAsync(desk, code))!["rating"]!.S("level"));
    }
}
