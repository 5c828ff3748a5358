using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Tests.Features.Dossiers;
using static OneStop.Api.Tests.Features.Dossiers.DossierApi;

namespace OneStop.Api.Tests.Features.Staffing;

/// <summary>Staffing feeds dossier handling: linked accounts, the officers of a unit with their workload, steps only to posted officers.</summary>
public sealed class OfficerTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    private const string OfficersQuery = """
        query($u: String!, $s: String, $r: Role) { officers(unitCode: $u, search: $s, role: $r) {
          id fullName email roles person { fullName personKey } post { position office { code kind } }
          workload { openDossiers openSteps overdueSteps overdueDossiers } } }
        """;

    private static async Task<JsonArray?> OfficersAsync(HttpClient client, string unitCode, string? search = null, string? role = null) =>
        (await client.DataAsync(OfficersQuery, new { u = unitCode, s = search, r = role }))["officers"]?.AsArray();

    private static JsonNode Of(JsonArray officers, string fullName) => officers.Single(o => o!.S("fullName") == fullName)!;

    private static async Task<JsonNode> PersonOfAsync(HttpClient admin, string fullName) =>
        (await admin.DataAsync("query($s: String) { people(first: 5, where: { search: $s }) { nodes { id version personKey account { id fullName } } } }",
            new { s = fullName }))["people"]!["nodes"]![0]!;

    [Fact]
    public async Task Demo_officers_hold_posts_in_their_unit_and_their_open_work_is_counted()
    {
        await EnsureCatalogueAsync(factory);
        using var leader = await factory.ClientAsync(Leader);
        var officers = (await OfficersAsync(leader, TamKy))!;
        Assert.Equal(["Hoàng Văn Thẩm", "Phạm Thị Tiếp", "Võ Đình Lãnh"], officers.Select(o => o!.S("fullName")).Order(StringComparer.Ordinal));
        var specialist = Of(officers, "Hoàng Văn Thẩm");
        Assert.Equal(["SPECIALIST"], specialist["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("Hoàng Văn Thẩm", specialist["person"]!.S("fullName"));
        Assert.Equal(("STAFF", "DIVISION"), (specialist["post"]!.S("position"), specialist["post"]!["office"]!.S("kind")));
        Assert.Equal(("HEAD", "GENERAL_OFFICE"), (Of(officers, "Võ Đình Lãnh")["post"]!.S("position"), Of(officers, "Võ Đình Lãnh")["post"]!["office"]!.S("kind")));
        Assert.Equal("ONE_STOP_DESK", Of(officers, "Phạm Thị Tiếp")["post"]!["office"]!.S("kind"));
        var before = specialist["workload"]!;

        // Search ignores diacritics; the role filter keeps only leaders.
        Assert.Equal("Hoàng Văn Thẩm", Assert.Single((await OfficersAsync(leader, TamKy, search: "hoang van tham"))!)!.S("fullName"));
        Assert.Equal("Võ Đình Lãnh", Assert.Single((await OfficersAsync(leader, TamKy, role: "LEADER"))!)!.S("fullName"));

        using var desk = await factory.ClientAsync(Receptionist);
        var specialistId = specialist.S("id");
        for (var i = 0; i < 2; i++)
        {
            var d = await ReceiveOkAsync(desk, Intake());
            await ActOkAsync(leader, "assignDossier", "AssignDossierInput", new { code = d.S("code"), expectedVersion = d.I("version"), officerId = specialistId });
        }
        var work = Of((await OfficersAsync(leader, TamKy))!, "Hoàng Văn Thẩm")["workload"]!;
        Assert.Equal((2, 2, 0, 0), (work.I("openDossiers") - before.I("openDossiers"), work.I("openSteps") - before.I("openSteps"),
            work.I("overdueSteps") - before.I("overdueSteps"), work.I("overdueDossiers") - before.I("overdueDossiers")));
    }

    [Fact]
    public async Task The_officer_list_costs_the_same_statements_for_three_and_four_officers()
    {
        using var admin = await factory.ClientAsync(Admin);
        var counter = factory.Services.GetRequiredService<SqlStatementCounter>();
        await OfficersAsync(admin, TamKy);
        var before = counter.Count;
        Assert.Equal(3, (await OfficersAsync(admin, TamKy))!.Count);
        var three = counter.Count - before;
        before = counter.Count;
        Assert.Equal(4, (await OfficersAsync(admin, NamTraMy))!.Count);
        var four = counter.Count - before;
        Assert.Equal(three, four);
        // Unit, posts, then one batch each for roles, people, offices and workloads.
        Assert.InRange(four, 3, 8);
    }

    [Fact]
    public async Task Officers_are_scoped_to_the_viewers_units_and_to_roles_that_assign_work()
    {
        using var other = await factory.ClientAsync(OtherLeader);
        Assert.Null(await OfficersAsync(other, TamKy));
        Assert.Equal(["Hồ Thị Nhận", "Hồ Văn Đạo", "Trần Văn Nhập", "Đinh Văn Xử"],
            (await OfficersAsync(other, NamTraMy))!.Select(o => o!.S("fullName")).Order(StringComparer.Ordinal));
        using var analyst = await factory.ClientAsync(Analyst);
        var denied = await analyst.GraphQLAsync(OfficersQuery, new { u = TamKy });
        Assert.NotNull(denied["errors"]);
        Assert.Null(denied["data"]?["officers"]);
    }

    [Fact]
    public async Task A_step_goes_only_to_an_officer_holding_a_post_in_the_handling_unit()
    {
        await EnsureCatalogueAsync(factory);
        using var desk = await factory.ClientAsync(Receptionist);
        using var leader = await factory.ClientAsync(Leader);
        using var specialist = await factory.ClientAsync(Specialist);
        var otherId = await MyIdAsync(factory, OtherReceptionist);
        var specialistId = await MyIdAsync(factory, Specialist);
        var d = await ReceiveOkAsync(desk, Intake());
        var code = d.S("code");

        // An officer of Nam Trà My holds no post in Tam Kỳ.
        var refused = await ActAsync(leader, "assignDossier", "AssignDossierInput", new { code, expectedVersion = d.I("version"), unitCode = TamKy, officerId = otherId });
        Assert.Equal(("OfficerNotPostedError", "OFFICER_NOT_POSTED"), (refused["errors"]![0]!.S("__typename"), ErrorCode(refused)));
        Assert.Null(refused["dossier"]);

        d = await ActOkAsync(leader, "assignDossier", "AssignDossierInput", new { code, expectedVersion = d.I("version"), officerId = specialistId });
        Assert.Equal("Hoàng Văn Thẩm", d["assignee"]!.S("fullName"));
        var forward = await ActAsync(specialist, "forwardDossier", "ForwardDossierInput", new { code, expectedVersion = d.I("version"), unitCode = TamKy, officerId = otherId });
        Assert.Equal("OFFICER_NOT_POSTED", ErrorCode(forward));
        var leaderId = await MyIdAsync(factory, Leader);
        d = await ActOkAsync(specialist, "forwardDossier", "ForwardDossierInput", new { code, expectedVersion = d.I("version"), officerId = leaderId, completeStep = false });
        Assert.Equal("Võ Đình Lãnh", d["assignee"]!.S("fullName"));
    }

    [Fact]
    public async Task Linking_and_unlinking_accounts_with_typed_errors_decides_who_may_take_a_step()
    {
        await EnsureCatalogueAsync(factory);
        using var admin = await factory.ClientAsync(Admin);
        using var leader = await factory.ClientAsync(Leader);
        const string Link = "mutation($i: LinkPersonAccountInput!) { linkPersonAccount(input: $i) { person { version account { fullName } } errors { __typename ... on UserError { code } } } }";
        const string Unlink = "mutation($i: UnlinkPersonAccountInput!) { unlinkPersonAccount(input: $i) { person { version account { fullName } } errors { __typename ... on UserError { code } } } }";
        var person = await PersonOfAsync(admin, "Hoàng Văn Thẩm");
        Assert.Equal("Hoàng Văn Thẩm", person["account"]!.S("fullName"));

        // The leader's own account is linked to another person; a Nam Trà My leader cannot reach a Tam Kỳ person.
        var taken = (await leader.DataAsync(Link, new { i = new { personId = person.S("id"), email = Leader, expectedVersion = person.I("version") } }))["linkPersonAccount"]!;
        Assert.Equal("ACCOUNT_ALREADY_LINKED", ErrorCode(taken));
        using var other = await factory.ClientAsync(OtherLeader);
        var hidden = (await other.DataAsync(Unlink, new { i = new { personId = person.S("id"), expectedVersion = person.I("version") } }))["unlinkPersonAccount"]!;
        Assert.Equal("NOT_FOUND", ErrorCode(hidden));
        var stale = (await leader.DataAsync(Unlink, new { i = new { personId = person.S("id"), expectedVersion = person.I("version") + 3 } }))["unlinkPersonAccount"]!;
        Assert.Equal("CONCURRENCY_CONFLICT", ErrorCode(stale));
        var unknown = (await leader.DataAsync(Link, new { i = new { personId = person.S("id"), email = "nobody@onestop.local", expectedVersion = person.I("version") } }))["linkPersonAccount"]!;
        Assert.Equal("NOT_FOUND", ErrorCode(unknown));
        using var specialist = await factory.ClientAsync(Specialist);
        Assert.NotNull((await specialist.GraphQLAsync(Unlink, new { i = new { personId = person.S("id"), expectedVersion = person.I("version") } }))["errors"]);

        var unlinked = (await leader.DataAsync(Unlink, new { i = new { personId = person.S("id"), expectedVersion = person.I("version") } }))["unlinkPersonAccount"]!;
        Assert.Empty(unlinked["errors"]!.AsArray());
        Assert.Null(unlinked["person"]!["account"]);
        Assert.DoesNotContain((await OfficersAsync(leader, TamKy))!, o => o!.S("fullName") == "Hoàng Văn Thẩm");

        // Without a linked post the specialist may not be given a step.
        using var desk = await factory.ClientAsync(Receptionist);
        var specialistId = await MyIdAsync(factory, Specialist);
        var d = await ReceiveOkAsync(desk, Intake());
        var refused = await ActAsync(leader, "assignDossier", "AssignDossierInput", new { code = d.S("code"), expectedVersion = d.I("version"), officerId = specialistId });
        Assert.Equal("OFFICER_NOT_POSTED", ErrorCode(refused));

        var relinked = (await leader.DataAsync(Link, new { i = new { personId = person.S("id"), email = Specialist, expectedVersion = unlinked["person"]!.I("version") } }))["linkPersonAccount"]!;
        Assert.Empty(relinked["errors"]!.AsArray());
        Assert.Equal("Hoàng Văn Thẩm", relinked["person"]!["account"]!.S("fullName"));
        await ActOkAsync(leader, "assignDossier", "AssignDossierInput", new { code = d.S("code"), expectedVersion = d.I("version"), officerId = specialistId });
    }
}
