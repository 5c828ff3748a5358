using System.Net;

namespace OneStop.Api.Tests.Infrastructure.Http;

/// <summary>
/// Bearer tokens expire on the app's clock: the Identity bearer handler takes <see cref="TimeProvider"/> from DI
/// (AuthenticationSchemeOptions.TimeProvider is post-configured from it), so the factory's FakeTimeProvider can
/// age a token. Own factory, because advancing the clock would expire every token of a shared one.
/// </summary>
public sealed class ExpiredTokenTests : IDisposable
{
    private readonly OneStopApiFactory _factory = new();

    [Fact]
    public async Task Token_is_accepted_before_and_refused_with_401_after_it_expires()
    {
        using var client = await _factory.ClientAsync("admin@onestop.local");
        var before = await client.DataAsync("{ me { fullName } }");
        Assert.NotNull(before["me"]);

        _factory.Clock.Advance(TimeSpan.FromMinutes(61));

        using var response = await client.PostQueryAsync("{ me { fullName } }", "application/graphql-response+json");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal("UNAUTHENTICATED", (await response.JsonAsync()).ErrorCode());
    }

    public void Dispose() => _factory.Dispose();
}
