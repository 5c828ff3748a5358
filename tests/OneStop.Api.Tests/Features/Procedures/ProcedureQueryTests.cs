using System.Text.Json.Nodes;

namespace OneStop.Api.Tests.Features.Procedures;

/// <summary>Reading the seeded catalogue: search, filters, paging, versions, public vs signed-in reads.</summary>
public sealed class ProcedureQueryTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    [Fact]
    public async Task Search_ignores_diacritics_and_case()
    {
        using var client = await factory.ClientAsync();
        var data = await client.DataAsync("""{ procedures(first: 100, where: { search: "DANG ky KHAI sinh" }) { totalCount nodes { name } } }""");
        var names = data["procedures"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()).ToList();
        Assert.Contains("Đăng ký khai sinh", names);
        Assert.All(names, n => Assert.Contains("khai sinh", n, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(names.Count, data["procedures"]!["totalCount"]!.GetValue<int>());

        var byCode = await client.DataAsync("""query($s: String) { procedures(where: { search: $s }) { nodes { code } } }""", new { s = await CodeOfAsync(client, "Đăng ký khai sinh") });
        Assert.Single(byCode["procedures"]!["nodes"]!.AsArray());
    }

    [Fact]
    public async Task Filters_narrow_the_list_by_field_level_unit_online_service_and_sync_state()
    {
        using var client = await factory.ClientAsync();
        var all = await TotalAsync(client, "{}");
        var field = await client.DataAsync("""{ procedures(first: 100, where: { fieldCode: "TP-CT" }) { totalCount nodes { field { code } levels } } }""");
        Assert.InRange(field["procedures"]!["totalCount"]!.GetValue<int>(), 1, all - 1);
        Assert.All(field["procedures"]!["nodes"]!.AsArray(), n => Assert.Equal("TP-CT", n!["field"]!["code"]!.GetValue<string>()));

        var commune = await client.DataAsync("""{ procedures(first: 100, where: { level: COMMUNE, onlineService: FULL }) { totalCount nodes { levels onlineService legacyOnlineLevel } } }""");
        Assert.NotEmpty(commune["procedures"]!["nodes"]!.AsArray());
        Assert.All(commune["procedures"]!["nodes"]!.AsArray(), n =>
        {
            Assert.Contains("COMMUNE", n!["levels"]!.AsArray().Select(l => l!.GetValue<string>()));
            Assert.Equal("FULL", n["onlineService"]!.GetValue<string>());
            Assert.Equal(4, n["legacyOnlineLevel"]!.GetValue<int>());
        });

        // The Department of Justice implements province-level justice procedures; a commune implements commune ones.
        var unit = await client.DataAsync("""{ procedures(first: 100, where: { unitCode: "000.00.03.H47" }) { totalCount nodes { levels implementingUnits { code } } } }""");
        Assert.NotEmpty(unit["procedures"]!["nodes"]!.AsArray());
        Assert.All(unit["procedures"]!["nodes"]!.AsArray(), n =>
            Assert.Contains(CatalogueTestData.JusticeDepartment, n!["implementingUnits"]!.AsArray().Select(u => u!["code"]!.GetValue<string>())));
        var communeUnit = await TotalAsync(client, """{ unitCode: "000.01.21.H47" }""");
        Assert.Equal(await TotalAsync(client, "{ level: COMMUNE }"), communeUnit);

        var synced = await TotalAsync(client, "{ syncState: SYNCED }");
        var notSynced = await TotalAsync(client, "{ syncState: NOT_SYNCED }");
        var outOfDate = await TotalAsync(client, "{ syncState: OUT_OF_DATE }");
        Assert.True(synced > 0 && notSynced > 0);
        Assert.Equal(all, synced + notSynced + outOfDate);
        Assert.Equal(all, await TotalAsync(client, "{ level: PROVINCE }") + await TotalAsync(client, "{ level: DISTRICT }") + await TotalAsync(client, "{ level: COMMUNE }"));
    }

    [Fact]
    public async Task Cites_expired_law_filter_agrees_with_the_expired_legal_bases()
    {
        using var client = await factory.ClientAsync();
        var data = await client.DataAsync("""
            { expired: procedures(first: 100, where: { citesExpiredLaw: true }) { totalCount nodes { citesExpiredLaw expiredLegalBases { number inForce expiresOn } } }
              fine: procedures(first: 100, where: { citesExpiredLaw: false }) { totalCount nodes { citesExpiredLaw expiredLegalBases { number } } }
              all: procedures { totalCount } }
            """);
        var expired = data["expired"]!;
        Assert.True(expired["totalCount"]!.GetValue<int>() > 0, "the demo catalogue must have procedures citing expired law");
        Assert.All(expired["nodes"]!.AsArray(), n =>
        {
            Assert.True(n!["citesExpiredLaw"]!.GetValue<bool>());
            Assert.NotEmpty(n["expiredLegalBases"]!.AsArray());
            Assert.All(n["expiredLegalBases"]!.AsArray(), d => Assert.False(d!["inForce"]!.GetValue<bool>()));
        });
        Assert.All(data["fine"]!["nodes"]!.AsArray(), n => Assert.Empty(n!["expiredLegalBases"]!.AsArray()));
        Assert.Equal(data["all"]!["totalCount"]!.GetValue<int>(), expired["totalCount"]!.GetValue<int>() + data["fine"]!["totalCount"]!.GetValue<int>());

        // Before the land law changed (1 Aug 2024) the same procedures did not cite expired law.
        var before = await client.DataAsync("""{ procedures(where: { citesExpiredLaw: true, fieldCode: "TNMT-DD", inForceOn: "2024-07-01" }) { totalCount } }""");
        Assert.Equal(0, before["procedures"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Paging_walks_every_procedure_once_in_a_stable_order()
    {
        using var client = await factory.ClientAsync();
        foreach (var order in new[] { "CODE", "NAME" })
        {
            var seen = new List<string>();
            string? after = null;
            int total;
            do
            {
                var page = (await client.DataAsync("""
                    query($after: String, $order: ProcedureOrder) { procedures(first: 37, after: $after, order: $order) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id code name } } } }
                    """, new { after, order }))["procedures"]!;
                total = page["totalCount"]!.GetValue<int>();
                seen.AddRange(page["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()));
                after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
            }
            while (after is not null);
            Assert.Equal(total, seen.Count);
            Assert.Equal(seen.Count, seen.Distinct().Count());
            var again = (await client.DataAsync("""query($order: ProcedureOrder) { procedures(first: 100, order: $order) { nodes { id } } }""", new { order }))["procedures"]!["nodes"]!
                .AsArray().Select(n => n!["id"]!.GetValue<string>());
            Assert.Equal(seen.Take(100), again);
        }
        var codes = (await client.DataAsync("{ procedures(first: 100) { nodes { code } } }"))["procedures"]!["nodes"]!.AsArray().Select(n => n!["code"]!.GetValue<string>()).ToList();
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);

        var bad = await client.GraphQLAsync("""{ procedures(after: "not-a-cursor") { totalCount } }""");
        Assert.Equal("INVALID_CURSOR", bad.ErrorCode());
    }

    [Fact]
    public async Task Procedure_by_code_returns_the_version_in_force_with_its_history()
    {
        using var client = await factory.ClientAsync();
        // A seeded procedure republished after its law changed has two versions.
        var list = await client.DataAsync("""{ procedures(first: 100, where: { fieldCode: "TNMT-DD" }) { nodes { code number } } }""");
        var code = list["procedures"]!["nodes"]!.AsArray().First(n => n!["number"]!.GetValue<int>() >= 2)!["code"]!.GetValue<string>();
        var data = await client.DataAsync("""
            query($code: String!) { procedure(code: $code) { code number status inForce effectiveFrom effectiveTo
              versions { number status effectiveFrom effectiveTo legalBases { number } }
              first: version(number: 1) { number status effectiveTo inForce citesExpiredLaw(on: "2024-01-01") }
              none: version(number: 99) { number } } }
            """, new { code });
        var p = data["procedure"]!;
        Assert.Equal(code, p["code"]!.GetValue<string>());
        Assert.Equal("PUBLISHED", p["status"]!.GetValue<string>());
        Assert.True(p["inForce"]!.GetValue<bool>());
        Assert.Null(p["effectiveTo"]);
        var versions = p["versions"]!.AsArray();
        Assert.True(versions.Count >= 2);
        Assert.Equal(versions.Select(v => v!["number"]!.GetValue<int>()).Order(), versions.Select(v => v!["number"]!.GetValue<int>()));
        // Windows chain: each version ends the day the next one starts.
        for (var i = 1; i < versions.Count; i++)
            Assert.Equal(versions[i]!["effectiveFrom"]!.GetValue<string>(), versions[i - 1]!["effectiveTo"]!.GetValue<string>());
        Assert.Equal(1, p["first"]!["number"]!.GetValue<int>());
        Assert.False(p["first"]!["inForce"]!.GetValue<bool>());
        Assert.False(p["first"]!["citesExpiredLaw"]!.GetValue<bool>());
        Assert.Null(p["none"]);

        // On a past day the old version was in force.
        var past = await client.DataAsync("""query($code: String!, $on: Date) { procedure(code: $code, on: $on) { number } }""",
            new { code, on = versions[0]!["effectiveFrom"]!.GetValue<string>() });
        Assert.Equal(1, past["procedure"]!["number"]!.GetValue<int>());
        var missing = await client.DataAsync("""{ procedure(code: "9.999999") { code } }""");
        Assert.Null(missing["procedure"]);
    }

    [Fact]
    public async Task Anonymous_viewers_read_published_procedures_but_not_drafts_or_health()
    {
        using var anonymous = await factory.ClientAsync();
        var pub = await anonymous.DataAsync("{ procedures(first: 1) { nodes { code name fees { amount } steps { budget } legalBases { number } } } legalDocuments(first: 1) { nodes { number } } }");
        Assert.Single(pub["procedures"]!["nodes"]!.AsArray());
        Assert.Single(pub["legalDocuments"]!["nodes"]!.AsArray());

        var drafts = await anonymous.GraphQLAsync("{ procedures(where: { status: DRAFT }) { totalCount } }");
        Assert.Equal("UNAUTHENTICATED", drafts.ErrorCode());
        var health = await anonymous.GraphQLAsync("{ catalogueHealth { total { published } } }");
        Assert.Equal("UNAUTHENTICATED", health.ErrorCode());
        Assert.Null(health["data"]);

        using var admin = await factory.ClientAsync(CatalogueTestData.Admin);
        var draftList = await admin.DataAsync("{ procedures(first: 100, where: { status: DRAFT }) { totalCount nodes { code status number } } }");
        var draft = draftList["procedures"]!["nodes"]!.AsArray().First()!;
        Assert.Equal("DRAFT", draft["status"]!.GetValue<string>());
        var code = draft["code"]!.GetValue<string>();
        var number = draft["number"]!.GetValue<int>();

        // The draft's version is hidden from anonymous viewers everywhere: by number, in the history, by node id.
        var asAnonymous = await anonymous.DataAsync("""query($code: String!, $n: Int!) { procedure(code: $code) { versions { number status } version(number: $n) { number } } }""", new { code, n = number });
        if (asAnonymous["procedure"] is JsonObject p)
        {
            Assert.Null(p["version"]);
            Assert.All(p["versions"]!.AsArray(), v => Assert.Equal("PUBLISHED", v!["status"]!.GetValue<string>()));
        }
        var asAdmin = await admin.DataAsync("""query($code: String!, $n: Int!) { procedure(code: $code) { version(number: $n) { id status } } }""", new { code, n = number });
        var id = asAdmin["procedure"]!["version"]!["id"]!.GetValue<string>();
        var node = await anonymous.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id });
        Assert.Null(node["node"]);
        var adminNode = await admin.DataAsync("query($id: ID!) { node(id: $id) { ... on Procedure { status } } }", new { id });
        Assert.Equal("DRAFT", adminNode["node"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Catalogue_health_counts_match_the_catalogue()
    {
        using var inspector = await factory.ClientAsync(CatalogueTestData.Inspector);
        var data = await inspector.DataAsync("""
            { catalogueHealth { on total { published drafts citingExpiredLaw missingRequiredFields onlinePartial onlineFull onlineServiceShare sync { notSynced synced outOfDate } }
                units { unitCode unitName figures { published drafts citingExpiredLaw onlineServiceShare } } }
              published: procedures { totalCount } drafts: procedures(where: { status: DRAFT }) { totalCount }
              expired: procedures(where: { citesExpiredLaw: true }) { totalCount }
              partial: procedures(where: { onlineService: PARTIAL }) { totalCount } full: procedures(where: { onlineService: FULL }) { totalCount }
              synced: procedures(where: { syncState: SYNCED }) { totalCount }
              justice: procedures(where: { unitCode: "000.00.03.H47" }) { totalCount }
              justiceExpired: procedures(where: { unitCode: "000.00.03.H47", citesExpiredLaw: true }) { totalCount } }
            """);
        int Count(string alias) => data[alias]!["totalCount"]!.GetValue<int>();
        var health = data["catalogueHealth"]!;
        var total = health["total"]!;
        Assert.Equal("2026-11-26", health["on"]!.GetValue<string>());
        Assert.Equal(Count("published"), total["published"]!.GetValue<int>());
        Assert.Equal(Count("drafts"), total["drafts"]!.GetValue<int>());
        Assert.Equal(Count("expired"), total["citingExpiredLaw"]!.GetValue<int>());
        Assert.Equal(Count("partial"), total["onlinePartial"]!.GetValue<int>());
        Assert.Equal(Count("full"), total["onlineFull"]!.GetValue<int>());
        Assert.Equal(Count("synced"), total["sync"]!["synced"]!.GetValue<int>());
        Assert.True(total["missingRequiredFields"]!.GetValue<int>() > 0);
        Assert.Equal(Math.Round((Count("partial") + Count("full")) / (double)Count("published"), 4), total["onlineServiceShare"]!.GetValue<double>(), 4);

        var justice = health["units"]!.AsArray().Single(u => u!["unitCode"]!.GetValue<string>() == CatalogueTestData.JusticeDepartment)!;
        Assert.Equal(Count("justice"), justice["figures"]!["published"]!.GetValue<int>());
        Assert.Equal(Count("justiceExpired"), justice["figures"]!["citingExpiredLaw"]!.GetValue<int>());

        // Scoped to one district: the district and its communes only.
        var district = await inspector.DataAsync("""{ catalogueHealth(unitCode: "000.00.21.H47") { total { published } units { unitCode } } }""");
        var units = district["catalogueHealth"]!["units"]!.AsArray().Select(u => u!["unitCode"]!.GetValue<string>()).ToList();
        Assert.Contains("000.00.21.H47", units);
        Assert.All(units, u => Assert.EndsWith(".21.H47", u));
        Assert.True(district["catalogueHealth"]!["total"]!["published"]!.GetValue<int>() < total["published"]!.GetValue<int>());

        using var receptionist = await factory.ClientAsync(CatalogueTestData.Receptionist);
        Assert.Equal("FORBIDDEN", (await receptionist.GraphQLAsync("{ catalogueHealth { total { published } } }")).ErrorCode());
    }

    [Fact]
    public async Task Legal_documents_are_public_with_their_replacements()
    {
        using var client = await factory.ClientAsync();
        var data = await client.DataAsync("""
            { land: legalDocument(number: "45/2013/QH13") { number kind title issuer issuedOn effectiveFrom expiresOn partiallyExpired inForce before: inForce(on: "2024-07-31") replacedBy { number inForce } }
              search: legalDocuments(first: 50, where: { search: "luat dat dai" }) { totalCount nodes { number } }
              expired: legalDocuments(first: 100, where: { inForce: false }) { nodes { number inForce } }
              none: legalDocument(number: "1/1900/XX") { number } }
            """);
        var land = data["land"]!;
        Assert.Equal("LAW", land["kind"]!.GetValue<string>());
        Assert.Equal("2024-08-01", land["expiresOn"]!.GetValue<string>());
        Assert.False(land["inForce"]!.GetValue<bool>());
        Assert.True(land["before"]!.GetValue<bool>());
        Assert.Equal("31/2024/QH15", land["replacedBy"]!["number"]!.GetValue<string>());
        Assert.True(land["replacedBy"]!["inForce"]!.GetValue<bool>());
        var found = data["search"]!["nodes"]!.AsArray().Select(n => n!["number"]!.GetValue<string>()).ToList();
        Assert.Contains("31/2024/QH15", found);
        Assert.Contains("45/2013/QH13", found);
        Assert.DoesNotContain("60/2014/QH13", found);
        Assert.Contains("61/2018/NĐ-CP", data["expired"]!["nodes"]!.AsArray().Select(n => n!["number"]!.GetValue<string>()));
        Assert.All(data["expired"]!["nodes"]!.AsArray(), n => Assert.False(n!["inForce"]!.GetValue<bool>()));
        Assert.Null(data["none"]);
    }

    private static async Task<int> TotalAsync(HttpClient client, string where) =>
        (await client.DataAsync($"{{ procedures(where: {where}) {{ totalCount }} }}"))["procedures"]!["totalCount"]!.GetValue<int>();

    private static async Task<string> CodeOfAsync(HttpClient client, string name) =>
        (await client.DataAsync("""query($s: String) { procedures(first: 100, where: { search: $s }) { nodes { code name } } }""", new { s = name }))["procedures"]!["nodes"]!
            .AsArray().First(n => n!["name"]!.GetValue<string>() == name)!["code"]!.GetValue<string>();
}
