using System.Text.Json.Nodes;
using OneStop.Api.Features.Staffing;
using OneStop.Api.Features.Units;
using static OneStop.Api.Tests.Features.Staffing.StaffingArrange;

namespace OneStop.Api.Tests.Features.Staffing;

public sealed class StaffingMutationTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    private const string Errors = "errors { __typename ... on UserError { code message } ... on ValidationError { field } ... on ConcurrencyConflictError { currentVersion } ... on QuotaExceededError { headcountQuota } ... on OverlappingHeadPostError { personKey } }";

    private static async Task<JsonNode> Run(HttpClient client, string mutation, string inputType, object input) =>
        (await client.DataAsync($"mutation($i: {inputType}!) {{ {mutation}(input: $i) {{ {(mutation.Contains("Office", StringComparison.Ordinal) ? "office { code version }" : mutation.Contains("Person", StringComparison.Ordinal) && mutation != "assignPerson" ? "person { id version }" : mutation.Contains("Employment", StringComparison.Ordinal) ? "employment { id end }" : "assignment { id }")} {Errors} }} }}",
            new { i = input }))[mutation]!;

    private static async Task<string> NewPerson(HttpClient client, string unit, string key, string type = "CIVIL_SERVANT")
    {
        var id = (await Run(client, "createPerson", "CreatePersonInput", new { unitCode = unit, personKey = key, fullName = "Lê Thị Hoa", dateOfBirth = "1988-04-05", seniorityStart = "2010-09-01" }))["person"]!["id"]!.GetValue<string>();
        var recorded = await Run(client, "recordEmployment", "RecordEmploymentInput", new { personId = id, type, start = "2010-09-01", end = type == "CIVIL_SERVANT" ? null : "2011-09-01" });
        Assert.Empty(recorded["errors"]!.AsArray());
        return id;
    }

    private static string Code(JsonNode payload) => payload["errors"]![0]!["code"]!.GetValue<string>();

    [Fact]
    public async Task Leader_creates_an_office_and_invalid_input_gives_typed_errors()
    {
        var leader = await factory.ClientAsync("leader.tamky@onestop.local");
        var input = new { unitCode = "000.00.21.H47", code = "000.00.21.H47-TT", name = "Tổ công nghệ thông tin", kind = "DIVISION", headcountQuota = 6, provinceClass = "CLASS_I", establishedOn = "2021-01-01" };
        var created = await Run(leader, "createOffice", "CreateOfficeInput", input);
        Assert.Empty(created["errors"]!.AsArray());
        Assert.Equal(1, created["office"]!["version"]!.GetValue<int>());
        Assert.Equal("code", (await Run(leader, "createOffice", "CreateOfficeInput", input))["errors"]![0]!["field"]!.GetValue<string>());
        var negative = await Run(leader, "createOffice", "CreateOfficeInput", input with { code = "000.00.21.H47-XX", headcountQuota = -1 });
        Assert.Equal("headcountQuota", negative["errors"]![0]!["field"]!.GetValue<string>());
        var elsewhere = await Run(leader, "createOffice", "CreateOfficeInput", input with { unitCode = "000.00.32.H47", code = "000.00.32.H47-XX" });
        Assert.Equal("NOT_FOUND", Code(elsewhere));
    }

    [Theory]
    [InlineData("specialist.tamky@onestop.local", "FORBIDDEN")]
    [InlineData("inspector@onestop.local", "FORBIDDEN")]
    [InlineData("analyst@onestop.local", "FORBIDDEN")]
    [InlineData(null, "UNAUTHENTICATED")]
    public async Task Only_admins_and_unit_leaders_edit_staffing(string? email, string code)
    {
        var client = await factory.ClientAsync(email);
        var body = await client.GraphQLAsync("mutation($i: CreatePersonInput!) { createPerson(input: $i) { errors { __typename } } }",
            new { i = new { unitCode = "000.00.21.H47", personKey = "X-1", fullName = "Không Được", dateOfBirth = "1990-01-01", seniorityStart = "2012-01-01" } });
        Assert.Equal(code, body.ErrorCode());
        Assert.Null(body["data"]);
    }

    [Fact]
    public async Task A_person_holds_one_head_post_at_a_time()
    {
        var (unit, office) = await OfficeAsync(factory, UnitKind.Department, OfficeKind.Division, ProvinceClass.ClassI, 10, []);
        var (_, other) = await OfficeAsync(factory, UnitKind.Department, OfficeKind.Division, ProvinceClass.ClassI, 10, []);
        var admin = await factory.ClientAsync("admin@onestop.local");
        var person = await NewPerson(admin, unit, unit + "-H");
        Assert.Empty((await Run(admin, "assignPerson", "AssignPersonInput", new { personId = person, officeCode = office, position = "HEAD", postType = "PROFESSIONAL", from = "2020-01-01" }))["errors"]!.AsArray());
        var second = await Run(admin, "assignPerson", "AssignPersonInput", new { personId = person, officeCode = other, position = "HEAD", postType = "PROFESSIONAL", from = "2021-01-01" });
        Assert.Equal("OverlappingHeadPostError", second["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Equal(unit + "-H", second["errors"]![0]!["personKey"]!.GetValue<string>());
        var deputy = await Run(admin, "assignPerson", "AssignPersonInput", new { personId = person, officeCode = other, position = "DEPUTY_HEAD", postType = "PROFESSIONAL", from = "2021-01-01" });
        Assert.Empty(deputy["errors"]!.AsArray());
    }

    [Fact]
    public async Task Civil_servants_are_placed_within_the_quota_and_dates_are_checked()
    {
        var (unit, office) = await OfficeAsync(factory, UnitKind.Department, OfficeKind.Division, ProvinceClass.ClassI, 1, []);
        var admin = await factory.ClientAsync("admin@onestop.local");
        var first = await NewPerson(admin, unit, unit + "-A");
        var second = await NewPerson(admin, unit, unit + "-B");
        var contract = await NewPerson(admin, unit, unit + "-C", "PUBLIC_EMPLOYEE");
        Assert.Empty((await Run(admin, "assignPerson", "AssignPersonInput", new { personId = first, officeCode = office, position = "STAFF", postType = "PROFESSIONAL", from = "2020-01-01" }))["errors"]!.AsArray());
        var full = await Run(admin, "assignPerson", "AssignPersonInput", new { personId = second, officeCode = office, position = "STAFF", postType = "PROFESSIONAL", from = "2020-06-01" });
        Assert.Equal("QUOTA_EXCEEDED", Code(full));
        Assert.Equal(1, full["errors"]![0]!["headcountQuota"]!.GetValue<int>());
        var backwards = await Run(admin, "assignPerson", "AssignPersonInput", new { personId = contract, officeCode = office, position = "STAFF", postType = "SUPPORT", from = "2020-06-01", to = "2020-05-01" });
        Assert.Equal("to", backwards["errors"]![0]!["field"]!.GetValue<string>());
        var noEnd = await Run(admin, "recordEmployment", "RecordEmploymentInput", new { personId = contract, type = "CONTRACT_173_LABOUR", start = "2025-08-01" });
        Assert.Equal("end", noEnd["errors"]![0]!["field"]!.GetValue<string>());
        var noJob = await Run(admin, "recordEmployment", "RecordEmploymentInput", new { personId = contract, type = "SUPPORT_CONTRACT_111", start = "2025-08-01" });
        Assert.Equal("supportJob", noJob["errors"]![0]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_new_employment_term_closes_the_previous_one_and_can_be_extended()
    {
        var (unit, _) = await OfficeAsync(factory, UnitKind.Department, OfficeKind.Division, ProvinceClass.ClassI, 5, []);
        var admin = await factory.ClientAsync("admin@onestop.local");
        var person = await NewPerson(admin, unit, unit + "-E", "PUBLIC_EMPLOYEE");
        var contract = await Run(admin, "recordEmployment", "RecordEmploymentInput", new { personId = person, type = "CONTRACT_173_LABOUR", start = "2025-08-01", end = "2026-07-31" });
        Assert.Empty(contract["errors"]!.AsArray());
        var extended = await Run(admin, "updateEmployment", "UpdateEmploymentInput", new { id = contract["employment"]!["id"]!.GetValue<string>(), end = "2027-07-31", expectedVersion = 1 });
        Assert.Equal("2027-07-31", extended["employment"]!["end"]!.GetValue<string>());
        var stale = await Run(admin, "updateEmployment", "UpdateEmploymentInput", new { id = contract["employment"]!["id"]!.GetValue<string>(), end = "2027-01-31", expectedVersion = 1 });
        Assert.Equal("CONCURRENCY_CONFLICT", Code(stale));
        var terms = await admin.DataAsync($"{{ node(id: \"{person}\") {{ ... on Person {{ employments {{ type start end }} }} }} }}");
        Assert.Equal("2011-09-01", terms["node"]!["employments"]![0]!["end"]!.GetValue<string>());
        Assert.Equal("CONTRACT_173_LABOUR", terms["node"]!["employments"]![1]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Concurrent_office_updates_from_the_same_version_let_exactly_one_win()
    {
        var (_, office) = await OfficeAsync(factory, UnitKind.Department, OfficeKind.Division, ProvinceClass.ClassI, 8, []);
        var admin = await factory.ClientAsync("admin@onestop.local");
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Run(admin, "updateOffice", "UpdateOfficeInput",
            new { code = office, name = $"Phòng đổi tên {i}", headcountQuota = 9 + i, provinceClass = "CLASS_I", establishedOn = "2015-01-01", expectedVersion = 1 })));
        Assert.Single(results, r => r["office"] is not null);
        Assert.All(results.Where(r => r["office"] is null), r =>
        {
            Assert.Equal("ConcurrencyConflictError", r["errors"]![0]!["__typename"]!.GetValue<string>());
            Assert.Equal(2, r["errors"]![0]!["currentVersion"]!.GetValue<int>());
        });
        var version = (await admin.DataAsync($"{{ office(code: \"{office}\") {{ version }} }}"))["office"]!["version"]!.GetValue<int>();
        Assert.Equal(2, version);
    }

    [Fact]
    public async Task Update_person_checks_version_and_dates_and_messages_follow_accept_language()
    {
        var (unit, _) = await OfficeAsync(factory, UnitKind.Department, OfficeKind.Division, ProvinceClass.ClassI, 5, []);
        var admin = await factory.ClientAsync("admin@onestop.local");
        var person = await NewPerson(admin, unit, unit + "-U");
        var ok = await Run(admin, "updatePerson", "UpdatePersonInput", new { id = person, fullName = "Lê Thị Hoa Mai", dateOfBirth = "1988-04-05", seniorityStart = "2010-09-01", expectedVersion = 1 });
        Assert.Equal(2, ok["person"]!["version"]!.GetValue<int>());
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var future = await Run(admin, "updatePerson", "UpdatePersonInput", new { id = person, fullName = "Lê Thị Hoa Mai", dateOfBirth = "1988-04-05", seniorityStart = "2030-01-01", expectedVersion = 2 });
        Assert.Equal("seniorityStart", future["errors"]![0]!["field"]!.GetValue<string>());
        Assert.StartsWith("The seniority start", future["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        var missing = await Run(admin, "updatePerson", "UpdatePersonInput", new { id = "bm9wZTox", fullName = "X Y", dateOfBirth = "1988-04-05", seniorityStart = "2010-09-01", expectedVersion = 1 });
        Assert.Equal("NOT_FOUND", Code(missing));
    }
}
