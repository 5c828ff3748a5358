using static OneStop.Api.Tests.Features.Dossiers.DossierApi;
using static OneStop.Api.Tests.Features.Satisfaction.SatisfactionApi;

namespace OneStop.Api.Tests.Features.Satisfaction;

/// <summary>The citizen's path: the receipt's QR opens the public lookup, which offers the rating link of a returned dossier.</summary>
public sealed class RatingPathTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    [Fact]
    public async Task The_public_lookup_offers_the_rating_link_and_the_rating_shows_the_indices()
    {
        var (code, token) = await ReturnedAsync(factory, phone: "0905444555");
        var anon = await factory.ClientAsync();
        const string Lookup = "query($c: String!, $p: String!) { publicDossierStatus(code: $c, phoneLast4: $p) { status ratingLink { dossierCode token url } } }";
        Assert.Null((await anon.DataAsync(Lookup, new { c = code, p = "0000" }))["publicDossierStatus"]);
        var status = (await anon.DataAsync(Lookup, new { c = code, p = "4555" }))["publicDossierStatus"]!;
        Assert.Equal(("RETURNED", token), (status.S("status"), status["ratingLink"]!.S("token")));
        Assert.Equal($"/danh-gia/{code}?t={token}", status["ratingLink"]!.S("url"));

        var rated = (await anon.DataAsync("""
            mutation($i: RateDossierInput!) { rateDossier(input: $i) { rating { level } evaluation { code indexPoints indices { number points } followUps { status reason assigneeName } } errors { __typename } } }
            """, new { i = new { token, code, level = "NOT_SATISFIED", reason = "Chờ lâu" } }))["rateDossier"]!;
        var evaluation = rated["evaluation"]!;
        Assert.Equal((code, 9), (evaluation.S("code"), evaluation["indices"]!.AsArray().Count));
        var followUp = evaluation["followUps"]!.AsArray().Single()!;
        // The citizen sees the follow-up, not the leader's name.
        Assert.Equal(("OPEN", "Chờ lâu"), (followUp.S("status"), followUp.S("reason")));
        Assert.Null(followUp["assigneeName"]);
        // Once used, the lookup no longer offers the link.
        Assert.Null((await anon.DataAsync(Lookup, new { c = code, p = "4555" }))["publicDossierStatus"]!["ratingLink"]);
    }

    [Fact]
    public async Task A_survey_invitation_shows_its_questionnaire_and_whether_it_was_used()
    {
        var leader = await factory.ClientAsync(Leader);
        var campaign = (await leader.DataAsync("""
            mutation { createSurveyCampaign(input: { name: "Quý I/2027", unitCode: "000.00.21.H47", periodFrom: "2027-01-01", periodTo: "2027-03-31", sampleSize: 5 }) { campaign { id } } }
            """))["createSurveyCampaign"]!["campaign"]!.S("id");
        var token = (await leader.DataAsync("mutation($i: InviteToSurveyInput!) { inviteToSurvey(input: $i) { tokens } }", new { i = new { campaignId = campaign, count = 1 } }))
            ["inviteToSurvey"]!["tokens"]![0]!.GetValue<string>();
        var anon = await factory.ClientAsync();
        const string Invitation = "query($t: String!) { surveyInvitation(token: $t) { campaignName unitName used questions { code element elementName text } } }";
        Assert.Null((await anon.DataAsync(Invitation, new { t = "unknown" }))["surveyInvitation"]);
        var invitation = (await anon.DataAsync(Invitation, new { t = token }))["surveyInvitation"]!;
        var questions = invitation["questions"]!.AsArray();
        Assert.Equal(("Quý I/2027", false, 22), (invitation.S("campaignName"), invitation["used"]!.GetValue<bool>(), questions.Count));
        Assert.Equal(("1.1", "3.1"), (questions[0]!.S("code"), questions[9]!.S("code")));
        var answers = questions.Select(q => new { criterionCode = q!.S("code"), score = 4 }).ToArray();
        var submitted = (await anon.DataAsync("mutation($i: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $i) { errors { __typename } } }",
            new { i = new { token, answers } }))["submitSurveyResponse"]!;
        Assert.Empty(submitted["errors"]!.AsArray());
        Assert.True((await anon.DataAsync(Invitation, new { t = token }))["surveyInvitation"]!["used"]!.GetValue<bool>());
    }
}
