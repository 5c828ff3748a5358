using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Api.Features.Dossiers;
using OneStop.Api.Infrastructure.Data;
using static OneStop.Api.Tests.Features.Dossiers.DossierApi;

namespace OneStop.Api.Tests.Features.Dossiers;

/// <summary>The fast list path: narrow page reads (<see cref="DossierListProjection"/>) and in-memory reference rows (<see cref="ReferenceDataCache"/>).</summary>
public sealed class DossierListTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    // Every field the narrow read serves, through a fragment and edges, as the web queue asks.
    private const string Row = """
        fragment Row on Dossier {
          __typename id code status nationalStatusCode channel channelCode receivedAt appointmentAt dueDate deadlineState version
          applicant { kind fullName phone } procedure { code name } field { code } receivingUnit { code name } currentUnit { code name }
          currentStep { ordinal name dueAt state } assignee { fullName }
        }
        """;

    private static string Page(string extra) =>
        $"query($n: Int!) {{ dossiers(first: $n, where: {{ unitCode: \"{NamTraMy}\" }}) {{ edges {{ cursor node {{ ...Row {extra} }} }} }} }}\n{Row}";

    private static async Task<JsonArray> EdgesAsync(HttpClient client, string extra) =>
        (await client.DataAsync(Page(extra), new { n = 20 }))["dossiers"]!["edges"]!.AsArray();

    [Fact]
    public async Task A_narrow_page_answers_exactly_what_whole_rows_answer_masking_included()
    {
        await EnsureCatalogueAsync(factory);
        var desk = await factory.ClientAsync(OtherReceptionist);
        var leader = await factory.ClientAsync(OtherLeader);
        for (var i = 0; i < 3; i++) await ReceiveOkAsync(desk, Intake(unit: NamTraMy, name: $"Người nộp danh sách {i}", phone: $"090500{i:0000}"));
        var assigned = await ReceiveOkAsync(desk, Intake(unit: NamTraMy, name: "Người được giao"));
        await ActOkAsync(leader, "assignDossier", "AssignDossierInput", new { code = assigned.S("code"), expectedVersion = assigned.I("version") });

        foreach (var email in new[] { Admin, Analyst })
        {
            var client = await factory.ClientAsync(email);
            // `subject` and the applicant's `idNumber` are outside the list columns: the same page is then read as whole rows.
            var narrow = await EdgesAsync(client, "");
            var whole = await EdgesAsync(client, "subject applicant { idNumber }");
            Assert.True(narrow.Count >= 4);
            foreach (var edge in whole)
            {
                var node = edge!["node"]!.AsObject();
                node.Remove("subject");
                node["applicant"]!.AsObject().Remove("idNumber");
            }
            Assert.Equal(whole.ToJsonString(), narrow.ToJsonString());
            Assert.Contains(narrow, e => e!["node"]!["currentStep"] is JsonObject);
        }
        var analyst = await EdgesAsync(await factory.ClientAsync(Analyst), "");
        Assert.All(analyst, e => Assert.Contains('*', e!["node"]!["applicant"]!.S("phone")));
    }

    [Fact]
    public async Task Reference_rows_are_reused_and_follow_changes_from_this_instance_and_from_the_database()
    {
        await EnsureCatalogueAsync(factory);
        var admin = await factory.ClientAsync(Admin);
        await ReceiveOkAsync(await factory.ClientAsync(OtherReceptionist), Intake(unit: NamTraMy, name: "Người xem tên đơn vị"));
        var cache = factory.Services.GetRequiredService<ReferenceDataCache>();
        async Task<string> UnitName() => (await EdgesAsync(admin, ""))[0]!["node"]!["receivingUnit"]!.S("name");

        var name = await UnitName();
        var builds = cache.Builds;
        Assert.Equal(name, await UnitName());
        Assert.Equal(builds, cache.Builds);

        var unit = (await admin.DataAsync($"{{ unit(code: \"{NamTraMy}\") {{ version oneStopDesk }} }}"))["unit"]!;
        var renamed = await admin.DataAsync("mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { unit { name } errors { __typename } } }",
            new { input = new { code = NamTraMy, name = name + " (đổi tên)", oneStopDesk = unit["oneStopDesk"]?.GetValue<string>(), expectedVersion = unit.I("version") } });
        Assert.Empty(renamed["updateUnit"]!["errors"]!.AsArray());
        Assert.Equal(name + " (đổi tên)", await UnitName());

        // Another instance's write reaches this one only through the database: change the row behind EF's back.
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OneStopDb>();
            await db.Database.ExecuteSqlRawAsync("UPDATE Units SET Name = {0}, Version = Version + 1 WHERE Code = {1}", name, NamTraMy);
        }
        Assert.Equal(name, await UnitName());
        Assert.Equal(builds + 2, cache.Builds);
    }
}
