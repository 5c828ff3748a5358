using static OneStop.Api.Tests.Features.Procedures.CatalogueTestData;

namespace OneStop.Api.Tests.Features.Procedures;

/// <summary>Legal documents: create, correct, mark replaced (which lists the procedures to fix).</summary>
public sealed class LegalDocumentMutationTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    private const string Document_ = "legalDocument { number kind title expiresOn partiallyExpired inForce revision replacedBy { number } }";
    private const string CreateFields = $"{Document_} errors {{ __typename ... on UserError {{ code }} ... on ValidationError {{ field }} }}";
    private const string Fields = $"{Document_} errors {{ __typename ... on UserError {{ code }} ... on ValidationError {{ field }} ... on ConcurrencyConflictError {{ currentVersion }} }}";

    private static object Document(string number, string title, string? expiresOn = null, bool partiallyExpired = false) => new
    {
        number,
        kind = "DECREE",
        title,
        issuer = "Chính phủ",
        issuedOn = "2026-01-10",
        effectiveFrom = "2026-03-01",
        expiresOn,
        partiallyExpired,
    };

    [Fact]
    public async Task Create_and_update_legal_documents_with_validation_and_concurrency()
    {
        using var admin = await factory.ClientAsync(Admin);
        var created = (await admin.DataAsync($"mutation($input: LegalDocumentInput!) {{ createLegalDocument(input: $input) {{ {CreateFields} }} }}",
            new { input = Document("501/2026/NĐ-CP", "Nghị định thử nghiệm") }))["createLegalDocument"]!;
        Assert.Empty(created["errors"]!.AsArray());
        Assert.True(created["legalDocument"]!["inForce"]!.GetValue<bool>());

        var duplicate = (await admin.DataAsync($"mutation($input: LegalDocumentInput!) {{ createLegalDocument(input: $input) {{ {CreateFields} }} }}",
            new { input = Document("501/2026/NĐ-CP", "Trùng số") }))["createLegalDocument"]!;
        Assert.Equal("number", duplicate["errors"]![0]!["field"]!.GetValue<string>());
        var invalid = (await admin.DataAsync($"mutation($input: LegalDocumentInput!) {{ createLegalDocument(input: $input) {{ {CreateFields} }} }}",
            new { input = Document("502/2026/NĐ-CP", "Hết hiệu lực trước khi có hiệu lực", expiresOn: "2026-02-01") }))["createLegalDocument"]!;
        Assert.Equal("expiresOn", invalid["errors"]![0]!["field"]!.GetValue<string>());

        const string Update = $"mutation($input: UpdateLegalDocumentInput!) {{ updateLegalDocument(input: $input) {{ {Fields} }} }}";
        var updated = (await admin.DataAsync(Update, new { input = new { document = Document("501/2026/NĐ-CP", "Nghị định thử nghiệm", partiallyExpired: true), expectedRevision = 1 } }))["updateLegalDocument"]!;
        Assert.Empty(updated["errors"]!.AsArray());
        Assert.True(updated["legalDocument"]!["partiallyExpired"]!.GetValue<bool>());
        Assert.Equal(2, updated["legalDocument"]!["revision"]!.GetValue<int>());
        var stale = (await admin.DataAsync(Update, new { input = new { document = Document("501/2026/NĐ-CP", "Sửa cũ"), expectedRevision = 1 } }))["updateLegalDocument"]!;
        Assert.Equal(2, stale["errors"]![0]!["currentVersion"]!.GetValue<int>());
        var missing = (await admin.DataAsync(Update, new { input = new { document = Document("999/2026/NĐ-CP", "Không có"), expectedRevision = 1 } }))["updateLegalDocument"]!;
        Assert.Equal("NOT_FOUND", missing["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Marking_a_document_replaced_lists_the_procedures_to_fix()
    {
        using var admin = await factory.ClientAsync(Admin);
        const string Create = $"mutation($input: LegalDocumentInput!) {{ createLegalDocument(input: $input) {{ {CreateFields} }} }}";
        await admin.DataAsync(Create, new { input = Document("601/2026/NĐ-CP", "Nghị định cũ") });
        await admin.DataAsync(Create, new { input = new { number = "602/2026/NĐ-CP", kind = "DECREE", title = "Nghị định thay thế", issuer = "Chính phủ", issuedOn = "2026-10-01", effectiveFrom = "2026-11-20", partiallyExpired = false } });

        var inForce = await CreateAsync(admin, "9.000301", Content("Thủ tục viện dẫn nghị định cũ", ["601/2026/NĐ-CP"]));
        Assert.Empty((await PublishAsync(admin, "9.000301", inForce.Revision()))["errors"]!.AsArray());
        Assert.Empty((await CreateAsync(admin, "9.000302", Content("Dự thảo viện dẫn nghị định cũ", ["601/2026/NĐ-CP"]))).ErrorsOf());
        Assert.Empty((await CreateAsync(admin, "9.000303", Content("Thủ tục không liên quan"))).ErrorsOf());

        var marked = (await admin.DataAsync($$"""
            mutation { markLegalDocumentReplaced(input: { number: "601/2026/NĐ-CP", replacedByNumber: "602/2026/NĐ-CP" }) {
              {{Fields}} proceduresToFix { code status citesExpiredLaw expiredLegalBases { number } } } }
            """))["markLegalDocumentReplaced"]!;
        Assert.Empty(marked["errors"]!.AsArray());
        Assert.Equal("2026-11-20", marked["legalDocument"]!["expiresOn"]!.GetValue<string>());
        Assert.Equal("602/2026/NĐ-CP", marked["legalDocument"]!["replacedBy"]!["number"]!.GetValue<string>());
        Assert.False(marked["legalDocument"]!["inForce"]!.GetValue<bool>());
        var toFix = marked["proceduresToFix"]!.AsArray();
        Assert.Equal(["9.000301", "9.000302"], toFix.Select(p => p!["code"]!.GetValue<string>()));
        Assert.All(toFix, p => Assert.True(p!["citesExpiredLaw"]!.GetValue<bool>()));

        // The published procedure now shows up in the expired-law filter; the draft cannot be published as is.
        var listed = await admin.DataAsync("""{ procedures(where: { citesExpiredLaw: true, search: "9.000301" }) { totalCount } }""");
        Assert.Equal(1, listed["procedures"]!["totalCount"]!.GetValue<int>());
        var draft = await admin.DataAsync("""{ procedure(code: "9.000302") { revision } }""");
        var refused = await PublishAsync(admin, "9.000302", draft["procedure"]!["revision"]!.GetValue<int>());
        Assert.Equal("CitesExpiredLawError", refused.ErrorsOf()[0]!["__typename"]!.GetValue<string>());

        var self = (await admin.DataAsync($$"""mutation { markLegalDocumentReplaced(input: { number: "602/2026/NĐ-CP", replacedByNumber: "602/2026/NĐ-CP" }) { {{Fields}} } }"""))["markLegalDocumentReplaced"]!;
        Assert.Equal("ValidationError", self["errors"]![0]!["__typename"]!.GetValue<string>());
        var unknown = (await admin.DataAsync($$"""mutation { markLegalDocumentReplaced(input: { number: "1/1900/XX", replacedByNumber: "602/2026/NĐ-CP" }) { {{Fields}} } }"""))["markLegalDocumentReplaced"]!;
        Assert.Equal("NotFoundError", unknown["errors"]![0]!["__typename"]!.GetValue<string>());
    }
}
