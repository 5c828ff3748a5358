using static OneStop.Api.Tests.Features.Dossiers.DossierApi;

namespace OneStop.Api.Tests.Features.Dossiers;

public sealed class DossierQueryTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    private static async Task<List<string>> Codes(HttpClient client, string where, string order = "RECEIVED_NEWEST") =>
        [.. (await client.DataAsync($"{{ dossiers(first: 100, order: {order}, where: {where}) {{ nodes {{ code }} }} }}"))["dossiers"]!["nodes"]!.AsArray().Select(n => n!.S("code"))];

    [Fact]
    public async Task Filters_search_mine_and_paging()
    {
        await EnsureCatalogueAsync(factory);
        var desk = await factory.ClientAsync(Receptionist);
        var leader = await factory.ClientAsync(Leader);
        var admin = await factory.ClientAsync(Admin);
        var specialistId = await MyIdAsync(factory, Specialist);
        var a = await ReceiveOkAsync(desk, Intake(name: "Nguyễn Thị Ánh Tuyết"));
        var b = await ReceiveOkAsync(desk, Intake(procedure: SameDay, name: "Lê Quang Đức"));
        var old = await ReceiveOkAsync(admin, Intake(name: "Trần Văn Cũ", receivedAt: "2026-01-05T09:00:00+07:00"));
        await ActOkAsync(leader, "assignDossier", "AssignDossierInput", new { code = b.S("code"), expectedVersion = b.I("version"), officerId = specialistId });

        Assert.Equal([a.S("code")], await Codes(desk, "{ search: \"anh tuyet\" }"));
        Assert.Equal([b.S("code")], await Codes(desk, "{ search: \"LE QUANG DUC\" }"));
        Assert.Contains(a.S("code"), await Codes(desk, $"{{ search: \"{a.S("code")[^8..]}\" }}"));
        Assert.Equal([b.S("code")], await Codes(await factory.ClientAsync(Specialist), "{ mine: true }"));
        Assert.Contains(b.S("code"), await Codes(desk, "{ procedureCode: \"9.900002\", status: [IN_PROCESS] }"));
        Assert.DoesNotContain(a.S("code"), await Codes(desk, "{ status: [IN_PROCESS] }"));
        Assert.Contains(a.S("code"), await Codes(desk, "{ fieldCode: \"G99\", channel: DIRECT, unitCode: \"000.00.21.H47\" }"));
        Assert.Equal([old.S("code")], await Codes(desk, "{ receivedFrom: \"2026-01-05\", receivedTo: \"2026-01-05\" }"));
        Assert.Contains(old.S("code"), await Codes(desk, "{ deadlineState: OVERDUE }"));
        Assert.DoesNotContain(a.S("code"), await Codes(desk, "{ deadlineState: OVERDUE }"));
        Assert.Contains(a.S("code"), await Codes(desk, "{ deadlineState: WITHIN_DEADLINE }"));
        Assert.Contains(a.S("code"), await Codes(desk, "{ appointmentFrom: \"2026-11-27\", appointmentTo: \"2026-12-31\" }"));

        var first = (await desk.DataAsync("{ dossiers(first: 2, order: RECEIVED_OLDEST) { totalCount pageInfo { hasNextPage endCursor } nodes { code } } }"))["dossiers"]!;
        Assert.True(first["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        var next = (await desk.DataAsync("query($a: String!) { dossiers(first: 2, order: RECEIVED_OLDEST, after: $a) { nodes { code } } }",
            new { a = first["pageInfo"]!.S("endCursor") }))["dossiers"]!["nodes"]!.AsArray();
        Assert.DoesNotContain(next, n => first["nodes"]!.AsArray().Any(f => f!.S("code") == n!.S("code")));
        Assert.Equal(first.I("totalCount"), (await Codes(desk, "{}", "CODE")).Count);
    }
}
