using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Tests.Features.Units;

public sealed class UnitQueryTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    private const string TamKy = "000.00.21.H47";
    private const string NamTraMy = "000.00.32.H47";

    [Fact]
    public async Task Admin_sees_the_whole_province()
    {
        var client = await factory.ClientAsync("admin@onestop.local");
        var data = await client.DataAsync("{ units(first: 1) { totalCount nodes { code kind level } } }");
        Assert.True(data["units"]!["totalCount"]!.GetValue<int>() > 300);
        Assert.Equal("000.00.00.H47", data["units"]!["nodes"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("PROVINCE", data["units"]!["nodes"]![0]!["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task Officer_sees_only_their_district_subtree()
    {
        var client = await factory.ClientAsync("specialist.tamky@onestop.local");
        var data = await client.DataAsync("{ units(first: 100) { totalCount nodes { code } } }");
        var codes = data["units"]!["nodes"]!.AsArray().Select(n => n!["code"]!.GetValue<string>()).ToList();
        Assert.Equal(data["units"]!["totalCount"]!.GetValue<int>(), codes.Count);
        Assert.Contains(TamKy, codes);
        Assert.All(codes, c => Assert.EndsWith(".21.H47", c, StringComparison.Ordinal));
        Assert.Equal(1 + 13 + 7, codes.Count);
    }

    [Fact]
    public async Task Officer_cannot_read_another_district_by_code_or_node_id()
    {
        var admin = await factory.ClientAsync("admin@onestop.local");
        var id = (await admin.DataAsync($"{{ unit(code: \"{NamTraMy}\") {{ id }} }}"))["unit"]!["id"]!.GetValue<string>();
        var officer = await factory.ClientAsync("receptionist.tamky@onestop.local");
        var data = await officer.DataAsync($"{{ unit(code: \"{NamTraMy}\") {{ code }} node(id: \"{id}\") {{ id }} }}");
        Assert.Null(data["unit"]);
        Assert.Null(data["node"]);
    }

    [Fact]
    public async Task Parent_above_the_officers_subtree_is_hidden()
    {
        var officer = await factory.ClientAsync("leader.namtramy@onestop.local");
        var data = await officer.DataAsync($"{{ unit(code: \"{NamTraMy}\") {{ name parent {{ code }} children {{ code parent {{ code }} }} }} }}");
        Assert.Null(data["unit"]!["parent"]);
        Assert.Equal("Ủy ban nhân dân huyện Nam Trà My", data["unit"]!["name"]!.GetValue<string>());
        Assert.All(data["unit"]!["children"]!.AsArray(), c => Assert.Equal(NamTraMy, c!["parent"]!["code"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("nam tra my", "Ủy ban nhân dân huyện Nam Trà My")]
    [InlineData("TRÀ LENG", "Ủy ban nhân dân Xã Trà Leng")]
    [InlineData("so noi vu", "Sở Nội vụ")]
    [InlineData("000.00.36.h47", "Ủy ban nhân dân huyện Nam Giang")]
    public async Task Search_ignores_diacritics_and_case(string search, string expected)
    {
        var client = await factory.ClientAsync("inspector@onestop.local");
        var data = await client.DataAsync("query($s: String) { units(first: 5, where: { search: $s }) { nodes { name } } }", new { s = search });
        Assert.Contains(expected, data["units"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Keyset_pages_cover_every_row_once_in_code_order()
    {
        var client = await factory.ClientAsync("analyst@onestop.local");
        var seen = new List<string>();
        string? after = null;
        int total;
        do
        {
            var data = await client.DataAsync("query($a: String) { units(first: 100, after: $a) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { code } } } }", new { a = after });
            var units = data["units"]!;
            total = units["totalCount"]!.GetValue<int>();
            seen.AddRange(units["edges"]!.AsArray().Select(e => e!["node"]!["code"]!.GetValue<string>()));
            after = units["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? units["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);
        Assert.Equal(total, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(seen.OrderBy(c => c, StringComparer.Ordinal), seen);
    }

    [Theory]
    [InlineData("not-a-cursor", "INVALID_CURSOR")]
    [InlineData("eyJLIjoxfQ==", "INVALID_CURSOR")]
    public async Task Bad_cursor_gives_a_typed_error(string cursor, string code)
    {
        var client = await factory.ClientAsync("admin@onestop.local");
        var body = await client.GraphQLAsync("query($a: String) { units(first: 5, after: $a) { totalCount } }", new { a = cursor });
        Assert.Equal(code, body.ErrorCode());
    }

    [Fact]
    public async Task Page_size_above_the_maximum_is_refused()
    {
        var client = await factory.ClientAsync("admin@onestop.local");
        var body = await client.GraphQLAsync($"{{ units(first: {Paging.MaxPageSize + 1}) {{ totalCount }} }}");
        Assert.Equal("BAD_USER_INPUT", body.ErrorCode());
    }

    [Fact]
    public async Task Anonymous_users_cannot_list_units()
    {
        var client = await factory.ClientAsync();
        var body = await client.GraphQLAsync("{ units { totalCount } }");
        Assert.Equal("UNAUTHENTICATED", body.ErrorCode());
        Assert.Null(body["data"]);
    }

    [Fact]
    public async Task Me_shows_the_signed_in_officer_and_null_for_anonymous()
    {
        var officer = await factory.ClientAsync("receptionist.namtramy@onestop.local");
        var me = (await officer.DataAsync("{ me { email fullName roles unit { code } } }"))["me"]!;
        Assert.Equal("receptionist.namtramy@onestop.local", me["email"]!.GetValue<string>());
        Assert.Equal("RECEPTIONIST", me["roles"]![0]!.GetValue<string>());
        Assert.Equal(NamTraMy, me["unit"]!["code"]!.GetValue<string>());
        var anonymous = await factory.ClientAsync();
        Assert.Null((await anonymous.DataAsync("{ me { email unit { code name } } }"))["me"]);
    }
}
