using static OneStop.Api.Tests.Features.Dossiers.DossierApi;

namespace OneStop.Api.Tests.Features.Dossiers;

public sealed class DossierAuthorizationTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    [Fact]
    public async Task Officers_of_another_district_cannot_read_or_change_a_dossier()
    {
        await EnsureCatalogueAsync(factory);
        var d = await ReceiveOkAsync(await factory.ClientAsync(Receptionist), Intake(name: "Huỳnh Văn Riêng"));
        var code = d.S("code");
        var other = await factory.ClientAsync(OtherReceptionist);
        Assert.Null((await other.DataAsync($"{{ dossier(code: \"{code}\") {{ code }} }}"))["dossier"]);
        Assert.Null((await other.DataAsync($"{{ node(id: \"{d.S("id")}\") {{ id }} }}"))["node"]);
        Assert.Null((await other.DataAsync($"{{ dossierForms(code: \"{code}\") {{ receipt {{ code }} }} }}"))["dossierForms"]);
        var list = (await other.DataAsync($"{{ dossiers(first: 100, where: {{ search: \"{code}\" }}) {{ totalCount }} }}"))["dossiers"]!;
        Assert.Equal(0, list.I("totalCount"));
        var assign = await ActAsync(await factory.ClientAsync(OtherLeader), "assignDossier", "AssignDossierInput", new { code, expectedVersion = d.I("version") });
        Assert.Equal("NOT_FOUND", ErrorCode(assign));
        var wrongDesk = await ReceiveAsync(other, Intake(unit: TamKy, name: "Ngoài phạm vi"));
        Assert.Equal("NOT_FOUND", ErrorCode(wrongDesk));
        var own = (await (await factory.ClientAsync(Leader)).DataAsync($"{{ node(id: \"{d.S("id")}\") {{ ... on Dossier {{ code }} }} }}"))["node"]!;
        Assert.Equal(code, own.S("code"));
    }

    [Fact]
    public async Task Analyst_reads_the_province_masked_and_cannot_act_inspector_reads_in_clear()
    {
        await EnsureCatalogueAsync(factory);
        var d = await ReceiveOkAsync(await factory.ClientAsync(Receptionist), Intake(name: "Bùi Thị Mật", phone: "0905123789", idNumber: "049095000789"));
        var code = d.S("code");
        const string q = "query($c: String!) { dossier(code: $c) { applicant { fullName idNumber phone email } } dossierForms(code: $c) { receipt { applicant { phone } } } }";
        var analyst = await factory.ClientAsync(Analyst);
        var seen = (await analyst.DataAsync(q, new { c = code }))!;
        var applicant = seen["dossier"]!["applicant"]!;
        Assert.Equal("0******789", applicant.S("phone"));
        Assert.Equal("0********789", applicant.S("idNumber"));
        Assert.Equal("a*@example.vn", applicant.S("email"));
        Assert.Equal("0******789", seen["dossierForms"]!["receipt"]!["applicant"]!.S("phone"));
        var act = await analyst.GraphQLAsync("mutation { approveDossier(input: { code: \"x\", expectedVersion: 1 }) { errors { __typename } } }");
        Assert.Equal("FORBIDDEN", act.ErrorCode());
        var inspector = (await (await factory.ClientAsync(Inspector)).DataAsync(q, new { c = code }))["dossier"]!["applicant"]!;
        Assert.Equal("0905123789", inspector.S("phone"));
        Assert.Equal("049095000789", inspector.S("idNumber"));
    }

    [Fact]
    public async Task Public_lookup_needs_the_phone_digits_and_shows_no_personal_data()
    {
        await EnsureCatalogueAsync(factory);
        var d = await ReceiveOkAsync(await factory.ClientAsync(Receptionist), Intake(name: "Cao Văn Công", phone: "0905554321"));
        var anonymous = factory.CreateClient();
        const string q = "query($c: String!, $p: String!) { publicDossierStatus(code: $c, phoneLast4: $p) { code procedureName status nationalStatusCode appointmentAt timeline { action status nationalStatusCode } } }";
        var found = (await anonymous.DataAsync(q, new { c = d.S("code"), p = "4321" }))["publicDossierStatus"]!;
        Assert.Equal(("RECEIVED", 2), (found.S("status"), found.I("nationalStatusCode")));
        Assert.Single(found["timeline"]!.AsArray());
        Assert.DoesNotContain("Cao Văn Công", found.ToJsonString(), StringComparison.Ordinal);
        Assert.Null((await anonymous.DataAsync(q, new { c = d.S("code"), p = "1111" }))["publicDossierStatus"]);
        var personal = await anonymous.GraphQLAsync($"{{ dossier(code: \"{d.S("code")}\") {{ code }} }}");
        Assert.Equal("UNAUTHENTICATED", personal.ErrorCode());
    }
}
