using System.Text;
using OneStop.Api.Features.Units;

namespace OneStop.Api.Tests.Infrastructure.GraphQL;

/// <summary>Keyset cursors through the <c>units</c> connection: pages follow each other, tampered cursors are refused.</summary>
public sealed class KeysetCursorTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    private const string Page = "query($after: String) { units(first: 3, after: $after) { edges { cursor node { code } } pageInfo { hasNextPage endCursor } } }";

    [Fact]
    public async Task Next_page_starts_after_the_cursor_without_gaps_or_repeats()
    {
        using var client = await factory.ClientAsync("admin@onestop.local");
        var all = (await client.DataAsync("{ units(first: 6) { nodes { code } } }"))["units"]!["nodes"]!.AsArray()
            .Select(n => n!["code"]!.GetValue<string>()).ToList();
        var first = (await client.DataAsync(Page))["units"]!;
        var cursor = first["pageInfo"]!["endCursor"]!.GetValue<string>();
        var second = (await client.DataAsync(Page, new { after = cursor }))["units"]!;
        var codes = first["edges"]!.AsArray().Concat(second["edges"]!.AsArray()).Select(e => e!["node"]!["code"]!.GetValue<string>());
        Assert.Equal(all, codes);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("bm90IGpzb24=")]                         // "not json"
    [InlineData("eyJLIjpudWxsLCJJIjoxfQ==")]             // {"K":null,"I":1}
    [InlineData("eyJLIjoxMiwiSSI6Inh4In0=")]             // {"K":12,"I":"xx"}: wrong types
    public async Task Tampered_cursor_is_an_invalid_cursor_error(string cursor)
    {
        using var client = await factory.ClientAsync("admin@onestop.local");
        var body = await client.GraphQLAsync(Page, new { after = cursor });
        Assert.Equal("INVALID_CURSOR", body.ErrorCode());
        Assert.Null(body["data"]?["units"]);
    }

    [Fact]
    public void Cursor_encodes_the_sort_key_and_the_id()
    {
        var unit = new Unit { Id = 7, Code = "000.00.21.H47", Name = "UBND tỉnh", Kind = default, Path = "/7/", SearchText = "ubnd tinh" };
        var json = Encoding.UTF8.GetString(Convert.FromBase64String(UnitQueries.ByCode.CursorOf(unit)));
        Assert.Equal("""{"K":"000.00.21.H47","I":7}""", json);
    }
}
