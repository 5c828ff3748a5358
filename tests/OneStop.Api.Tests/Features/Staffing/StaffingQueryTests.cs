using System.Text.Json.Nodes;
using OneStop.Api.Features.Staffing;
using OneStop.Api.Features.Units;
using OneStop.Api.Infrastructure.GraphQL;
using static OneStop.Api.Tests.Features.Staffing.StaffingArrange;

namespace OneStop.Api.Tests.Features.Staffing;

/// <summary>History (<c>asOf</c>), scoping of offices and people, masking, and the demo's planted cases.</summary>
public sealed class StaffingQueryTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    private const string TamKy = "000.00.21.H47";
    private const string NamTraMy = "000.00.32.H47";

    [Fact]
    public async Task AsOf_reads_the_history_of_posts()
    {
        // Sở Nội vụ's first division got one deputy head too many on 1 March 2022 (demo data).
        var client = await factory.ClientAsync("inspector@onestop.local");
        JsonNode? Division(JsonNode c) => c["units"]!.AsArray().SelectMany(u => u!["offices"]!.AsArray())
            .Single(o => o!["office"]!["code"]!.GetValue<string>() == "000.02.02.H47")!["results"]!.AsArray().Result("MAX_DEPUTY_HEADS");
        var before = Division(await ComplianceAsync(client, "000.00.02.H47", new DateOnly(2022, 2, 28)));
        var after = Division(await ComplianceAsync(client, "000.00.02.H47", new DateOnly(2022, 3, 1)));
        Assert.Equal("COMPLIANT", before.Status());
        Assert.Equal("VIOLATION", after.Status());
        Assert.Equal(before!["figures"]!["deputies"]!.GetValue<int>() + 1, after!["figures"]!["deputies"]!.GetValue<int>());
    }

    [Fact]
    public async Task AsOf_follows_assignments_ended_and_started_through_mutations()
    {
        var (unit, office) = await OfficeAsync(factory, UnitKind.Department, OfficeKind.Division, ProvinceClass.ClassI, 8, Deputies(1));
        var admin = await factory.ClientAsync("admin@onestop.local");
        var person = (await admin.DataAsync("""
            mutation($i: CreatePersonInput!) { createPerson(input: $i) { person { id } errors { ... on UserError { code } } } }
            """, new { i = new { unitCode = unit, personKey = unit + "-NEW", fullName = "Trần Thị Mới", dateOfBirth = "1990-02-03", seniorityStart = "2012-01-01" } }))["createPerson"]!["person"]!["id"]!.GetValue<string>();
        await admin.DataAsync("mutation($i: RecordEmploymentInput!) { recordEmployment(input: $i) { errors { ... on UserError { code } } } }",
            new { i = new { personId = person, type = "CIVIL_SERVANT", start = "2012-01-01" } });
        var assigned = (await admin.DataAsync("mutation($i: AssignPersonInput!) { assignPerson(input: $i) { assignment { id version } errors { ... on UserError { code } } } }",
            new { i = new { personId = person, officeCode = office, position = "DEPUTY_HEAD", postType = "PROFESSIONAL", from = "2023-01-01" } }))["assignPerson"]!;
        Assert.Empty(assigned["errors"]!.AsArray());
        var ended = (await admin.DataAsync("mutation($i: EndAssignmentInput!) { endAssignment(input: $i) { assignment { to } errors { ... on UserError { code } } } }",
            new { i = new { id = assigned["assignment"]!["id"]!.GetValue<string>(), to = "2023-12-31", expectedVersion = 1 } }))["endAssignment"]!;
        Assert.Equal("2023-12-31", ended["assignment"]!["to"]!.GetValue<string>());

        Assert.Equal("COMPLIANT", (await ResultsAsync(factory, unit, new DateOnly(2022, 12, 31))).Result("MAX_DEPUTY_HEADS").Status());
        Assert.Equal("VIOLATION", (await ResultsAsync(factory, unit, new DateOnly(2023, 6, 30))).Result("MAX_DEPUTY_HEADS").Status());
        Assert.Equal("COMPLIANT", (await ResultsAsync(factory, unit, new DateOnly(2024, 1, 1))).Result("MAX_DEPUTY_HEADS").Status());
        var staff = await admin.DataAsync($"{{ office(code: \"{office}\") {{ staff(asOf: \"2023-06-30\") {{ position person {{ fullName }} }} }} }}");
        Assert.Equal(3, staff["office"]!["staff"]!.AsArray().Count);
    }

    [Fact]
    public async Task An_officer_sees_only_the_people_and_offices_of_their_unit()
    {
        var leader = await factory.ClientAsync("leader.tamky@onestop.local");
        var data = await leader.DataAsync("{ people(first: 100) { totalCount nodes { unit { code } } } offices(first: 100) { totalCount nodes { code unit { code } } } }");
        Assert.True(data["people"]!["totalCount"]!.GetValue<int>() > 20);
        Assert.All(data["people"]!["nodes"]!.AsArray(), p => Assert.Equal(TamKy, p!["unit"]!["code"]!.GetValue<string>()));
        Assert.Equal(8, data["offices"]!["totalCount"]!.GetValue<int>());
        Assert.All(data["offices"]!["nodes"]!.AsArray(), o => Assert.Equal(TamKy, o!["unit"]!["code"]!.GetValue<string>()));
    }

    [Fact]
    public async Task An_officer_cannot_reach_another_units_staff_by_id_code_or_compliance()
    {
        var inspector = await factory.ClientAsync("inspector@onestop.local");
        var person = (await inspector.DataAsync("query($w: PersonFilter) { people(first: 1, where: $w) { nodes { id } } }", new { w = new { unitCode = TamKy } }))["people"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var officer = await factory.ClientAsync("receptionist.namtramy@onestop.local");
        var data = await officer.DataAsync($$"""
            { node(id: "{{person}}") { id } person(id: "{{person}}") { id } office(code: "000.51.21.H47") { code }
              staffingCompliance(unitCode: "{{TamKy}}") { asOf } mine: staffingCompliance { units { unit { code } } } }
            """);
        Assert.Null(data["node"]);
        Assert.Null(data["person"]);
        Assert.Null(data["office"]);
        Assert.Null(data["staffingCompliance"]);
        Assert.All(data["mine"]!["units"]!.AsArray(), u => Assert.Equal(NamTraMy, u!["unit"]!["code"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Analysts_see_the_birth_year_only_and_inspectors_the_date()
    {
        const string query = "{ people(first: 3, where: { unitCode: \"000.00.36.H47\" }) { nodes { personKey dateOfBirth birthYear } } }";
        var analyst = (await (await factory.ClientAsync("analyst@onestop.local")).DataAsync(query))["people"]!["nodes"]!.AsArray();
        var inspector = (await (await factory.ClientAsync("inspector@onestop.local")).DataAsync(query))["people"]!["nodes"]!.AsArray();
        Assert.Equal(3, analyst.Count);
        Assert.All(analyst, p => Assert.Null(p!["dateOfBirth"]));
        for (var i = 0; i < 3; i++)
        {
            var date = DateOnly.Parse(inspector[i]!["dateOfBirth"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(date.Year, analyst[i]!["birthYear"]!.GetValue<int>());
        }
        var violators = await (await factory.ClientAsync("analyst@onestop.local")).DataAsync(
            "{ staffingCompliance(unitCode: \"000.00.32.H47\") { units { offices { results { people { dateOfBirth birthYear } } } } } }");
        var people = violators["staffingCompliance"]!["units"]!.AsArray().SelectMany(u => u!["offices"]!.AsArray())
            .SelectMany(o => o!["results"]!.AsArray()).SelectMany(r => r!["people"]!.AsArray()).ToList();
        Assert.NotEmpty(people);
        Assert.All(people, p => Assert.Null(p!["dateOfBirth"]));
    }

    [Fact]
    public async Task The_demo_shows_violations_first_with_the_planted_cases()
    {
        var client = await factory.ClientAsync("inspector@onestop.local");
        var c = await ComplianceAsync(client, null, new DateOnly(2024, 12, 31));
        var units = c["units"]!.AsArray();
        Assert.Equal("VIOLATION", units[0]!["status"]!.GetValue<string>());
        Assert.Contains(units, u => u!["status"]!.GetValue<string>() == "COMPLIANT");
        var results = units.SelectMany(u => u!["offices"]!.AsArray()).SelectMany(o => o!["results"]!.AsArray()).ToList();
        Assert.Contains(results, r => r!["rule"]!["code"]!.GetValue<string>() == "MAX_DEPUTY_HEADS" && r.Status() == "VIOLATION");
        Assert.Contains(results, r => r!["rule"]!["code"]!.GetValue<string>() == "SUPPORT_CONTRACT_JOBS" && r.Status() == "VIOLATION");
        var today = (await ComplianceAsync(client, null, new DateOnly(2026, 11, 26)))["units"]!.AsArray()
            .SelectMany(u => u!["offices"]!.AsArray()).SelectMany(o => o!["results"]!.AsArray()).ToList();
        Assert.Contains(today, r => r!["rule"]!["code"]!.GetValue<string>() == "DESK_SENIORITY" && r.Status() == "WARNING");
        Assert.Contains(today, r => r!["rule"]!["code"]!.GetValue<string>() == "CONTRACT_ENDING" && r.Status() == "WARNING");
    }

    [Fact]
    public async Task Offices_and_people_filter_and_page_by_keyset()
    {
        var client = await factory.ClientAsync("inspector@onestop.local");
        var desks = await client.DataAsync("{ offices(first: 50, where: { kind: ONE_STOP_DESK, search: \"mot cua huyen nam tra\" }) { nodes { code kind } } }");
        Assert.Equal("000.00.32.H47-MC", desks["offices"]!["nodes"]!.AsArray().Single()!["code"]!.GetValue<string>());
        var drivers = await client.DataAsync("{ people(first: 5, where: { employmentType: SUPPORT_CONTRACT_111, unitCode: \"000.00.01.H47\" }) { nodes { employment { type supportJob } post { office { kind } postType } } } }");
        Assert.All(drivers["people"]!["nodes"]!.AsArray(), p => Assert.Equal("SUPPORT_CONTRACT_111", p!["employment"]!["type"]!.GetValue<string>()));
        var seen = new List<string>();
        string? after = null;
        do
        {
            var page = (await client.DataAsync("query($a: String) { people(first: 100, after: $a, where: { unitCode: \"000.00.21.H47\" }) { pageInfo { hasNextPage endCursor } nodes { personKey } } }", new { a = after }))["people"]!;
            seen.AddRange(page["nodes"]!.AsArray().Select(n => n!["personKey"]!.GetValue<string>()));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);
        Assert.Equal(seen.Distinct().Count(), seen.Count);
        Assert.Equal(seen.OrderBy(k => k, StringComparer.Ordinal), seen);
    }

    [Fact]
    public async Task Offices_and_people_are_nodes()
    {
        var client = await factory.ClientAsync("inspector@onestop.local");
        var office = (await client.DataAsync("{ office(code: \"000.51.21.H47\") { id } }"))["office"]!["id"]!.GetValue<string>();
        Assert.True(GlobalId.TryDecode(office, nameof(Office), out _));
        var node = await client.DataAsync($"{{ node(id: \"{office}\") {{ ... on Office {{ code staff {{ person {{ id }} }} }} }} }}");
        Assert.Equal("000.51.21.H47", node["node"]!["code"]!.GetValue<string>());
        var person = node["node"]!["staff"]![0]!["person"]!["id"]!.GetValue<string>();
        var again = await client.DataAsync($"{{ node(id: \"{person}\") {{ ... on Person {{ assignments {{ office {{ code }} }} }} }} }}");
        Assert.Equal("000.51.21.H47", again["node"]!["assignments"]![0]!["office"]!["code"]!.GetValue<string>());
    }
}
