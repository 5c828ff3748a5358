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

/// <summary>Moves the clock past the receipt link's life: its own database.</summary>
public sealed class RatingLinkExpiryTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    [Fact]
    public async Task An_expired_receipt_link_is_refused_and_changes_nothing()
    {
        var (code, token) = await ReturnedAsync(factory, phone: "0905111222");
        factory.Clock.Advance(TimeSpan.FromDays(31));
        var anon = await factory.ClientAsync();
        Assert.Equal("TOKEN_EXPIRED", Code0(await RateAsync(anon, token, "NOT_SATISFIED", reason: "muộn", code: code)));
        var seen = (await EvaluationAsync(anon, code, "1222"))!;
        Assert.Null(seen["rating"]);
        Assert.Empty(seen["followUps"]!.AsArray());
        // The public lookup no longer offers the expired link.
        var status = (await anon.DataAsync($$"""{ publicDossierStatus(code: "{{code}}", phoneLast4: "1222") { ratingLink { token } } }"""))["publicDossierStatus"]!;
        Assert.Null(status["ratingLink"]);
    }
}
