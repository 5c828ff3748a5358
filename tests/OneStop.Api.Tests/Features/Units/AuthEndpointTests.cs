using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OneStop.Api.Tests.Features.Units;

public sealed class AuthEndpointTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    [Fact]
    public async Task Login_returns_a_bearer_token_with_expiry_and_refresh_token()
    {
        using var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/auth/login", new { email = "inspector@onestop.local", password = "OneStop@2020" });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("Bearer", body["tokenType"]!.GetValue<string>());
        Assert.Equal(3600, body["expiresIn"]!.GetValue<int>());
        Assert.False(string.IsNullOrEmpty(body["accessToken"]!.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(body["refreshToken"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Cookie_login_signs_the_spa_in_and_logout_signs_it_out()
    {
        // Cookies are carried by hand, as the browser does: the server's clock is the test's fixed one, so a cookie
        // container would judge the cookie's expiry by the real clock and drop it once that date has passed.
        using var client = factory.CreateClient();
        var login = await client.PostAsJsonAsync("/auth/login?useCookies=true", new { email = "leader.tamky@onestop.local", password = "OneStop@2020" });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var cookie = AuthCookie(login);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        client.DefaultRequestHeaders.Add("Cookie", cookie.Split(';')[0]);
        Assert.Equal("leader.tamky@onestop.local", (await client.DataAsync("{ me { email } }"))["me"]!["email"]!.GetValue<string>());
        var logout = await client.PostAsync("/auth/logout", null);
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        // Logout clears the cookie (expired in 1970); without it the SPA is anonymous again.
        Assert.Contains("1970", AuthCookie(logout), StringComparison.Ordinal);
        client.DefaultRequestHeaders.Remove("Cookie");
        Assert.Null((await client.DataAsync("{ me { email } }"))["me"]);
    }

    private static string AuthCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("onestop.auth=", StringComparison.Ordinal));

    [Fact]
    public async Task Wrong_password_is_401_and_repeated_failures_lock_the_account_out()
    {
        using var client = factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await client.PostAsJsonAsync("/auth/login", new { email = "dataentry.namtramy@onestop.local", password = "wrong-password" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }
        var locked = await client.PostAsJsonAsync("/auth/login", new { email = "dataentry.namtramy@onestop.local", password = "OneStop@2020" });
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Contains("LockedOut", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Self_registration_is_disabled()
    {
        using var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/auth/register", new { email = "intruder@example.com", password = "Intruder@2020x" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Demo_accounts_are_listed_in_the_demo_profile()
    {
        using var client = factory.CreateClient();
        var accounts = JsonNode.Parse(await client.GetStringAsync("/auth/demo-accounts"))!.AsArray();
        Assert.Contains(accounts, a => a!["email"]!.GetValue<string>() == "receptionist.namtramy@onestop.local");
    }
}
