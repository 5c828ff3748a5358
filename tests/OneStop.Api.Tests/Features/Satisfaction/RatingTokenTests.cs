using static OneStop.Api.Tests.Features.Dossiers.DossierApi;
using static OneStop.Api.Tests.Features.Satisfaction.SatisfactionApi;

namespace OneStop.Api.Tests.Features.Satisfaction;

public sealed class RatingTokenTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    [Fact]
    public async Task Token_is_single_use_bound_to_its_dossier_and_misuse_changes_nothing()
    {
        var (a, tokenA) = await ReturnedAsync(factory);
        var (b, tokenB) = await ReturnedAsync(factory);
        var anon = await factory.ClientAsync();
        var desk = await factory.ClientAsync(Receptionist);

        Assert.Equal("INVALID_TOKEN", Code0(await RateAsync(anon, "not-a-token", "SATISFIED")));
        // B's token on A's link: refused, and B stays unrated and its token usable.
        Assert.Equal("INVALID_TOKEN", Code0(await RateAsync(anon, tokenB, "SATISFIED", code: a)));
        // Not satisfied needs a reason; the token is not consumed by an invalid answer.
        var noReason = await RateAsync(anon, tokenA, "NOT_SATISFIED", reason: "  ");
        Assert.Equal(("VALIDATION", "reason"), (Code0(noReason), noReason["errors"]![0]!.S("field")));
        Assert.Null((await EvaluationAsync(desk, a))!["rating"]);

        var first = await RateAsync(anon, tokenA, "VERY_SATISFIED", code: a,
            answers: [new { question = "CONVENIENCE", level = "SATISFIED" }, new { question = "OVERALL", level = "VERY_SATISFIED" }]);
        Assert.Equal("", Code0(first));
        Assert.Equal(("VERY_SATISFIED", "SATISFIED", "VERY_SATISFIED", "LINK", 0),
            (first["rating"]!.S("level"), first["rating"]!.S("convenience"), first["rating"]!.S("overall"), first["rating"]!.S("channel"), first["rating"]!.I("changes")));
        Assert.NotEqual(tokenA, first["changeLink"]!.S("token"));
        Assert.Equal("TOKEN_USED", Code0(await RateAsync(anon, tokenA, "NOT_SATISFIED", reason: "again")));

        // The receipt shows the link while unused: gone for A, still there for B.
        var forms = await desk.DataAsync($$"""{ a: dossierForms(code: "{{a}}") { ratingLink { token } } b: dossierForms(code: "{{b}}") { ratingLink { token } } }""");
        Assert.Null(forms["a"]!["ratingLink"]);
        Assert.Equal(tokenB, forms["b"]!["ratingLink"]!.S("token"));

        // The change token changes the one rating (no second row) and is itself single use.
        var change = first["changeLink"]!.S("token");
        var changed = await RateAsync(anon, change, "SATISFIED");
        Assert.Equal(("SATISFIED", 1), (changed["rating"]!.S("level"), changed["rating"]!.I("changes")));
        Assert.Equal("TOKEN_USED", Code0(await RateAsync(anon, change, "SATISFIED")));
        Assert.Equal("SATISFIED", (await EvaluationAsync(desk, a))!["rating"]!.S("level"));
        Assert.Equal("", Code0(await RateAsync(anon, tokenB, "SATISFIED", code: b)));
    }

    [Fact]
    public async Task Repeated_attempts_with_one_token_are_rate_limited()
    {
        var anon = await factory.ClientAsync();
        for (var i = 0; i < 5; i++) Assert.Equal("INVALID_TOKEN", Code0(await RateAsync(anon, "guessed-token", "SATISFIED")));
        Assert.Equal("RATE_LIMITED", Code0(await RateAsync(anon, "guessed-token", "SATISFIED")));
    }

    [Fact]
    public async Task Kiosk_session_rates_the_officer_at_the_counter_and_only_the_desk_starts_it()
    {
        var (code, _) = await ReturnedAsync(factory);
        var desk = await factory.ClientAsync(Receptionist);
        var specialist = await factory.ClientAsync(Specialist);
        const string Start = "mutation($c: String!) { startRatingKiosk(input: { code: $c }) { session { token expiresAt } errors { __typename ... on UserError { code } } } }";
        Assert.Equal("ROLE_NOT_ALLOWED", (await specialist.DataAsync(Start, new { c = code }))["startRatingKiosk"]!["errors"]![0]!.S("code"));
        var other = await factory.ClientAsync(OtherReceptionist);
        Assert.Equal("NOT_FOUND", (await other.DataAsync(Start, new { c = code }))["startRatingKiosk"]!["errors"]![0]!.S("code"));
        var session = (await desk.DataAsync(Start, new { c = code }))["startRatingKiosk"]!["session"]!;
        Assert.Equal(factory.Clock.GetUtcNow().AddMinutes(10), session.T("expiresAt"));
        var rated = await RateAsync(await factory.ClientAsync(), session.S("token"), "VERY_SATISFIED");
        Assert.Equal("KIOSK", rated["rating"]!.S("channel"));
        var seen = (await EvaluationAsync(desk, code))!["rating"]!;
        Assert.Equal("Phạm Thị Tiếp", seen.S("officerName"));
    }
}

public sealed class RatingConcurrencyTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    [Fact]
    public async Task Parallel_uses_of_one_token_count_once()
    {
        var (code, token) = await ReturnedAsync(factory);
        var anon = await factory.ClientAsync();
        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => RateAsync(anon, token, "SATISFIED")));
        var codes = results.Select(Code0).ToList();
        Assert.Single(codes, c => c == "");
        Assert.All(codes.Where(c => c != ""), c => Assert.Contains(c, new[] { "TOKEN_USED", "RATE_LIMITED" }));
        var e = (await EvaluationAsync(await factory.ClientAsync(Receptionist), code))!;
        Assert.Equal(0, e["rating"]!.I("changes"));
    }
}
