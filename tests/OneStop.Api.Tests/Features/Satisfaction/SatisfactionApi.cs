using System.Text.Json.Nodes;
using OneStop.Api.Tests.Features.Dossiers;
using static OneStop.Api.Tests.Features.Dossiers.DossierApi;

namespace OneStop.Api.Tests.Features.Satisfaction;

/// <summary>Returned dossiers with their rating links, and the rating mutations.</summary>
public static class SatisfactionApi
{
    public const string RatingFields = "level reason convenience overall channel officerName ratedAt changeableUntil changes";

    public const string Errors = "errors { __typename ... on UserError { code message } ... on ValidationError { field } }";

    /// <summary>Receipt → assign → appraise → submit → approve → result ready → return; returns the code and the link token.</summary>
    public static async Task<(string Code, string Token)> ReturnedAsync(OneStopApiFactory factory, string phone = "0905123789")
    {
        await EnsureCatalogueAsync(factory);
        var desk = await FreshClientAsync(factory, Receptionist);
        var leader = await FreshClientAsync(factory, Leader);
        var specialist = await FreshClientAsync(factory, Specialist);
        var specialistId = await MyIdAsync(factory, Specialist);
        var leaderId = await MyIdAsync(factory, Leader);
        var d = await ReceiveOkAsync(desk, Intake(phone: phone));
        var code = d.S("code");
        d = await ActOkAsync(leader, "assignDossier", "AssignDossierInput", new { code, expectedVersion = d.I("version"), officerId = specialistId });
        d = await ActOkAsync(specialist, "appraiseDossier", "AppraiseDossierInput", new { code, expectedVersion = d.I("version"), opinion = "Đủ điều kiện" });
        d = await ActOkAsync(specialist, "submitDossierForApproval", "SubmitDossierForApprovalInput", new { code, expectedVersion = d.I("version"), leaderId });
        d = await ActOkAsync(leader, "approveDossier", "ApproveDossierInput", new { code, expectedVersion = d.I("version") });
        d = await ActOkAsync(leader, "markDossierResultReady", "MarkDossierResultReadyInput", new { code, expectedVersion = d.I("version") });
        var returned = (await desk.DataAsync("""
            mutation($input: ReturnDossierResultInput!) { returnDossierResult(input: $input) {
              dossier { status } ratingLink { dossierCode token url expiresAt } errors { __typename } } }
            """, new { input = new { code, expectedVersion = d.I("version"), method = "DESK" } }))["returnDossierResult"]!;
        Assert.Empty(returned["errors"]!.AsArray());
        Assert.Equal(code, returned["ratingLink"]!.S("dossierCode"));
        Assert.EndsWith("?t=" + returned["ratingLink"]!.S("token"), returned["ratingLink"]!.S("url"), StringComparison.Ordinal);
        return (code, returned["ratingLink"]!.S("token"));
    }

    public static async Task<JsonNode> RateAsync(HttpClient client, string token, string level, string? reason = null, string? code = null, object[]? answers = null) =>
        (await client.DataAsync($$"""
            mutation($input: RateDossierInput!) { rateDossier(input: $input) {
              rating { {{RatingFields}} } changeLink { token expiresAt } {{Errors}} } }
            """, new { input = new { token, level, reason, code, answers } }))["rateDossier"]!;

    public static async Task<JsonNode?> EvaluationAsync(HttpClient client, string code, string? phoneLast4 = null) =>
        (await client.DataAsync("""
            query($code: String!, $p: String) { dossierRating(code: $code, phoneLast4: $p) {
              code indexPoints rating { level reason officerName changes channel }
              indices { number key points basis }
              followUps { id status reason assigneeName acknowledgeBy resolveBy outcome upheld overdue version } } }
            """, new { code, p = phoneLast4 }))["dossierRating"];

    public static string Code0(JsonNode payload) => payload["errors"]!.AsArray().Count == 0 ? "" : payload["errors"]![0]!.S("code");
}
