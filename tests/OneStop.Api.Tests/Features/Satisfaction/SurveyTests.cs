using System.Text.Json.Nodes;
using static OneStop.Api.Tests.Features.Dossiers.DossierApi;
using static OneStop.Api.Tests.Features.Satisfaction.SatisfactionApi;

namespace OneStop.Api.Tests.Features.Satisfaction;

public sealed class SurveyTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    private const string Results = """
        id name invited responses responseRate sampleSize target
        overall { satisfied answers value low high meetsTarget }
        elements { element share { satisfied answers value low high } }
        criteria { code share { satisfied answers value low high } }
        previous { name overall { value } }
        """;

    private static async Task<JsonNode> CampaignAsync(HttpClient leader, string name, string from, string to) =>
        (await leader.DataAsync($$"""
            mutation($i: CreateSurveyCampaignInput!) { createSurveyCampaign(input: $i) { campaign { {{Results}} } {{Errors}} } }
            """, new { i = new { name, unitCode = TamKy, periodFrom = from, periodTo = to, sampleSize = 10 } }))["createSurveyCampaign"]!["campaign"]!;

    private static async Task<List<string>> InviteAsync(HttpClient leader, string id, int count) =>
        (await leader.DataAsync("mutation($i: InviteToSurveyInput!) { inviteToSurvey(input: $i) { tokens errors { __typename } } }",
            new { i = new { campaignId = id, count } }))["inviteToSurvey"]!["tokens"]!.AsArray().Select(t => t!.GetValue<string>()).ToList();

    private static async Task<JsonNode> SubmitAsync(HttpClient anon, string token, int score, int? c11 = null) =>
        (await anon.DataAsync($$"""mutation($i: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $i) { {{Errors}} } }""",
            new
            {
                i = new
                {
                    token,
                    answers = Enumerable.Range(1, 5).SelectMany(e => Enumerable.Range(1, new[] { 4, 5, 6, 3, 4 }[e - 1])
                        .Select(k => new { criterionCode = $"{e}.{k}", score = e == 1 && k == 1 && c11 is { } s ? s : score })).ToArray(),
                },
            }))["submitSurveyResponse"]!;

    [Fact]
    public async Task Shares_per_criterion_element_and_overall_with_wilson_intervals_response_rate_and_previous_period()
    {
        var leader = await factory.ClientAsync(Leader);
        var anon = await factory.ClientAsync();
        var q3 = await CampaignAsync(leader, "Quý III/2026", "2026-07-01", "2026-09-30");
        var q3Tokens = await InviteAsync(leader, q3.S("id"), 2);
        Assert.Equal("", Code0(await SubmitAsync(anon, q3Tokens[0], 5)));

        var q4 = await CampaignAsync(leader, "Quý IV/2026", "2026-10-01", "2026-12-31");
        Assert.Equal((22, 5), (q4["criteria"]!.AsArray().Count, q4["elements"]!.AsArray().Count));
        Assert.Null(q4["overall"]!["value"]);
        var tokens = await InviteAsync(leader, q4.S("id"), 10);
        // 8 respondents score everything 4 or 5 ... except one who gives criterion 1.1 a 3; 2 score everything 2.
        for (var k = 0; k < 8; k++) Assert.Equal("", Code0(await SubmitAsync(anon, tokens[k], k % 2 == 0 ? 5 : 4, c11: k == 0 ? 3 : null)));
        for (var k = 8; k < 10; k++) Assert.Equal("", Code0(await SubmitAsync(anon, tokens[k], 2)));
        Assert.Equal("TOKEN_USED", Code0(await SubmitAsync(anon, tokens[0], 5)));
        Assert.Equal("INVALID_TOKEN", Code0(await SubmitAsync(anon, "nope", 5)));
        var outOfScale = (await anon.DataAsync($$"""mutation { submitSurveyResponse(input: { token: "{{q3Tokens[1]}}", answers: [{ criterionCode: "1.1", score: 6 }] }) { {{Errors}} } }"""))["submitSurveyResponse"]!;
        Assert.Equal("VALIDATION", Code0(outOfScale));

        var r = (await leader.DataAsync($$"""{ surveyCampaigns(unitCode: "{{TamKy}}", from: "2026-10-01") { {{Results}} } }"""))["surveyCampaigns"]!.AsArray().Single()!;
        Assert.Equal((10, 10, 1.0), (r.I("invited"), r.I("responses"), r["responseRate"]!.GetValue<double>()));
        var c11 = r["criteria"]![0]!["share"]!;
        Assert.Equal((7, 10, 0.7), (c11.I("satisfied"), c11.I("answers"), c11["value"]!.GetValue<double>()));
        // Wilson 95% for 7/10, by hand: centre (0.7 + 0.19207)/1.38415 = 0.64448, half 1.41598 × √(0.021 + 0.0096036) = 0.24771.
        Assert.Equal(0.3968, c11["low"]!.GetValue<double>(), 3);
        Assert.Equal(0.8922, c11["high"]!.GetValue<double>(), 3);
        var c12 = r["criteria"]![1]!["share"]!;
        Assert.Equal(0.8, c12["value"]!.GetValue<double>(), 6);
        // Element 1 = mean(0.7, 0.8, 0.8, 0.8) = 0.775; other elements 0.8; overall = mean of elements = 0.795 < 80% target.
        Assert.Equal(0.775, r["elements"]![0]!["share"]!["value"]!.GetValue<double>(), 6);
        Assert.Equal(0.795, r["overall"]!["value"]!.GetValue<double>(), 6);
        Assert.False(r["overall"]!["meetsTarget"]!.GetValue<bool>());
        Assert.Equal(("Quý III/2026", 1.0), (r["previous"]!.S("name"), r["previous"]!["overall"]!["value"]!.GetValue<double>()));

        // Officers of another unit do not see the campaign; the report shows it with the per-dossier numbers.
        var other = await factory.ClientAsync(OtherLeader);
        Assert.Empty((await other.DataAsync("{ surveyCampaigns { id } }"))["surveyCampaigns"]!.AsArray());
        var report = (await leader.DataAsync("""
            { satisfaction(input: { from: "2026-10-01", to: "2026-12-31" }) { target total { ratings returned tthcSatisfaction } sipas { name overall { value } } } }
            """))["satisfaction"]!;
        Assert.Equal(0.8, report["target"]!.GetValue<double>());
        Assert.Contains(report["sipas"]!.AsArray(), s => s!.S("name") == "Quý IV/2026");
    }

    [Fact]
    public async Task Report_counts_each_rating_once_per_unit_with_766_indicators_and_stays_in_scope()
    {
        var (a, ta) = await ReturnedAsync(factory);
        var (b, tb) = await ReturnedAsync(factory);
        var (_, tc) = await ReturnedAsync(factory);
        var anon = await factory.ClientAsync();
        Assert.Equal("", Code0(await RateAsync(anon, ta, "VERY_SATISFIED", code: a)));
        Assert.Equal("", Code0(await RateAsync(anon, tb, "NOT_SATISFIED", reason: "Chờ lâu", code: b)));
        Assert.Equal("", Code0(await RateAsync(anon, tc, "SATISFIED")));
        const string Query = """
            { satisfaction(input: { from: "2026-11-26", to: "2026-11-26" }) {
                units { unitCode ratings verySatisfied satisfied notSatisfied satisfiedShare { value low high } returned late dislikedOrFollowedUp tthcSatisfaction followUps followUpSatisfaction }
                total { ratings returned } } }
            """;
        var leader = await factory.ClientAsync(Leader);
        var row = (await leader.DataAsync(Query))["satisfaction"]!["units"]!.AsArray().Single(u => u!.S("unitCode") == TamKy)!;
        Assert.True(row.I("ratings") >= 3);
        Assert.Equal(row.I("verySatisfied") + row.I("satisfied") + row.I("notSatisfied"), row.I("ratings"));
        // 5.4 = 1 − late/returned − (disliked or followed up)/returned.
        var expected = Math.Round(1 - (double)row.I("late") / row.I("returned") - (double)row.I("dislikedOrFollowedUp") / row.I("returned"), 4);
        Assert.Equal(expected, row["tthcSatisfaction"]!.GetValue<double>(), 6);
        Assert.True(row.I("dislikedOrFollowedUp") >= 1);
        var other = await factory.ClientAsync(OtherLeader);
        Assert.DoesNotContain((await other.DataAsync(Query))["satisfaction"]!["units"]!.AsArray(), u => u!.S("unitCode") == TamKy);
    }
}
