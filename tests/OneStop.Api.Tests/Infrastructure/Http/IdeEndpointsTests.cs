using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace OneStop.Api.Tests.Infrastructure.Http;

/// <summary>Banana Cake Pop at /graphql/ (TECH.md §8): redirect, page, config and static assets from the npm package.</summary>
public sealed class IdeEndpointsTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    private HttpClient Browser()
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
        return client;
    }

    [Fact]
    public async Task Browser_get_of_graphql_redirects_to_the_trailing_slash()
    {
        using var client = Browser();
        using var response = await client.GetAsync("/graphql");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/graphql/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Browser_get_with_a_query_is_a_graphql_request()
    {
        using var client = Browser();
        using var response = await client.GetAsync("/graphql?query=%7B__typename%7D");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Ide_page_is_the_packages_index_html()
    {
        using var client = Browser();
        using var response = await client.GetAsync("/graphql/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        var expected = await File.ReadAllTextAsync(Path.Combine(PackageDir(), "index.html"));
        Assert.Equal(expected, html);
    }

    [Fact]
    public async Task Config_has_our_title_and_no_telemetry()
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var config = JsonNode.Parse(await client.GetStringAsync("/graphql/bcp-config.json"))!;
        Assert.Equal("OneStop", config["title"]!.GetValue<string>());
        Assert.True(config["disableTelemetry"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Static_assets_listed_in_the_asset_manifest_load()
    {
        using var client = Browser();
        var manifest = JsonNode.Parse(await client.GetStringAsync("/graphql/asset-manifest.json"))!;
        var mainJs = manifest["files"]!["main.js"]!.GetValue<string>();
        // Manifest paths are relative to the package root ("./static/js/…"), which is served at /graphql/.
        using var response = await client.GetAsync("/graphql/" + mainJs.TrimStart('.', '/'));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Content.Headers.ContentLength > 1000);
    }

    private static string PackageDir()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "node_modules", "@chillicream"))) dir = dir.Parent;
        return Path.Combine(dir!.FullName, "node_modules", "@chillicream", "bananacakepop-graphql-ide");
    }
}
