using OneStop.Api.Tests.Infrastructure.Http;
using static OneStop.Api.Tests.Features.Dossiers.DossierApi;
using static OneStop.Api.Tests.Features.Satisfaction.SatisfactionApi;

namespace OneStop.Api.Tests.Features.Satisfaction;

public sealed class FollowUpAlertTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    [Fact]
    public async Task The_leader_is_alerted_when_a_not_satisfied_rating_arrives_for_the_unit()
    {
        var (code, token) = await ReturnedAsync(factory);
        await using var ws = await GraphQLWsTestClient.ConnectAndInitAsync(factory, Leader);
        await ws.SubscribeAsync("f1", "subscription($u: String!) { followUpOpened(unitCode: $u) { dossierCode reason assigneeName } }", new { u = TamKy });
        // No subscribe acknowledgement in the protocol: give the server time to attach.
        await Task.Delay(500);
        Assert.Equal("", Code0(await RateAsync(await factory.ClientAsync(), token, "NOT_SATISFIED", reason: "Chờ quá lâu")));
        var next = (await ws.ReceiveAsync())!;
        Assert.Equal("next", next.S("type"));
        var f = next["payload"]!["data"]!["followUpOpened"]!;
        Assert.Equal((code, "Chờ quá lâu", "Võ Đình Lãnh"), (f.S("dossierCode"), f.S("reason"), f.S("assigneeName")));
    }
}
