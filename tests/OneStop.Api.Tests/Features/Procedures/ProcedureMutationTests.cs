using static OneStop.Api.Tests.Features.Procedures.CatalogueTestData;

namespace OneStop.Api.Tests.Features.Procedures;

/// <summary>Admin edits: drafts, publication rules, retirement, concurrency.</summary>
public sealed class ProcedureMutationTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    [Fact]
    public async Task Editing_a_published_procedure_opens_a_new_draft_and_publishing_it_closes_the_old_window()
    {
        using var admin = await factory.ClientAsync(Admin);
        var created = await CreateAsync(admin, "9.000101", Content("Đăng ký khai sinh thử nghiệm"));
        Assert.Empty(created.ErrorsOf());
        Assert.Equal("DRAFT", created["procedure"]!["status"]!.GetValue<string>());
        Assert.Equal(1, created["procedure"]!["number"]!.GetValue<int>());

        var published = await PublishAsync(admin, "9.000101", created.Revision());
        Assert.Empty(published.ErrorsOf());
        Assert.Equal("PUBLISHED", published["procedure"]!["status"]!.GetValue<string>());
        Assert.Equal("2026-11-26", published["procedure"]!["effectiveFrom"]!.GetValue<string>());

        var edited = await UpdateDraftAsync(admin, "9.000101", published.Revision(), Content("Đăng ký khai sinh thử nghiệm (sửa đổi)"));
        Assert.Empty(edited.ErrorsOf());
        Assert.Equal(2, edited["procedure"]!["number"]!.GetValue<int>());
        Assert.Equal("DRAFT", edited["procedure"]!["status"]!.GetValue<string>());

        // Editing the draft again keeps its number; the published version is untouched and still in force.
        var again = await UpdateDraftAsync(admin, "9.000101", edited.Revision(), Content("Đăng ký khai sinh thử nghiệm (sửa lần 2)", budgets: [1m, 2m, 1.5m, 0.5m]));
        Assert.Empty(again.ErrorsOf());
        Assert.Equal(2, again["procedure"]!["number"]!.GetValue<int>());
        using var anonymous = await factory.ClientAsync();
        var publicView = await anonymous.DataAsync("""{ procedure(code: "9.000101") { number name versions { number } steps { budget } } }""");
        Assert.Equal(1, publicView["procedure"]!["number"]!.GetValue<int>());
        Assert.Equal("Đăng ký khai sinh thử nghiệm", publicView["procedure"]!["name"]!.GetValue<string>());
        Assert.Single(publicView["procedure"]!["versions"]!.AsArray());

        var second = await PublishAsync(admin, "9.000101", again.Revision(), "2026-12-01");
        Assert.Empty(second.ErrorsOf());
        var history = await admin.DataAsync("""
            { procedure(code: "9.000101", on: "2026-12-01") { number name steps { budget } versions { number status effectiveFrom effectiveTo } } }
            """);
        var p = history["procedure"]!;
        Assert.Equal(2, p["number"]!.GetValue<int>());
        Assert.Equal([1m, 2m, 1.5m, 0.5m], p["steps"]!.AsArray().Select(s => s!["budget"]!.GetValue<decimal>()));
        var v1 = p["versions"]!.AsArray()[0]!;
        Assert.Equal("PUBLISHED", v1["status"]!.GetValue<string>());
        Assert.Equal("2026-12-01", v1["effectiveTo"]!.GetValue<string>());
        // Today version 1 is still the one in force; from 1 December version 2 is.
        var today = await anonymous.DataAsync("""{ procedure(code: "9.000101") { number } }""");
        Assert.Equal(1, today["procedure"]!["number"]!.GetValue<int>());
    }

    [Fact]
    public async Task Publishing_is_refused_while_a_legal_basis_has_expired_and_accepted_after_the_citation_is_replaced()
    {
        using var admin = await factory.ClientAsync(Admin);
        var created = await CreateAsync(admin, "9.000102", Content("Cấp Giấy chứng nhận quyền sử dụng đất thử nghiệm", ["45/2013/QH13", "60/2014/QH13"]));
        Assert.Empty(created.ErrorsOf());
        Assert.True(created["procedure"]!["citesExpiredLaw"]!.GetValue<bool>());

        var refused = await PublishAsync(admin, "9.000102", created.Revision());
        Assert.Null(refused["procedure"]);
        var error = Assert.Single(refused.ErrorsOf())!;
        Assert.Equal("CitesExpiredLawError", error["__typename"]!.GetValue<string>());
        Assert.Equal("CITES_EXPIRED_LAW", error["code"]!.GetValue<string>());
        Assert.Contains("45/2013/QH13", error["message"]!.GetValue<string>());
        var expired = Assert.Single(error["expiredLegalBases"]!.AsArray())!;
        Assert.Equal("45/2013/QH13", expired["number"]!.GetValue<string>());
        Assert.Equal("31/2024/QH15", expired["replacedBy"]!["number"]!.GetValue<string>());

        var fixedDraft = await UpdateDraftAsync(admin, "9.000102", created.Revision(), Content("Cấp Giấy chứng nhận quyền sử dụng đất thử nghiệm", ["31/2024/QH15", "60/2014/QH13"]));
        Assert.Empty(fixedDraft.ErrorsOf());
        Assert.False(fixedDraft["procedure"]!["citesExpiredLaw"]!.GetValue<bool>());
        var published = await PublishAsync(admin, "9.000102", fixedDraft.Revision());
        Assert.Empty(published.ErrorsOf());
        Assert.Equal(["31/2024/QH15", "60/2014/QH13"], published["procedure"]!["legalBases"]!.AsArray().Select(d => d!["number"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Step_budgets_that_do_not_add_up_are_a_typed_error()
    {
        using var admin = await factory.ClientAsync(Admin);
        var payload = await CreateAsync(admin, "9.000103", Content("Chứng thực chữ ký thử nghiệm", budgets: [0.5m, 2m, 1m]));
        Assert.Null(payload["procedure"]);
        var error = Assert.Single(payload.ErrorsOf())!;
        Assert.Equal("StepBudgetMismatchError", error["__typename"]!.GetValue<string>());
        Assert.Equal(5m, error["expected"]!.GetValue<decimal>());
        Assert.Equal(3.5m, error["actual"]!.GetValue<decimal>());
        Assert.Equal("WORKING_DAYS", error["unit"]!.GetValue<string>());
        using var anonymous = await factory.ClientAsync();
        Assert.Null((await anonymous.DataAsync("""{ procedure(code: "9.000103") { code } }"""))["procedure"]);
    }

    [Fact]
    public async Task Invalid_input_gives_validation_and_not_found_errors()
    {
        using var admin = await factory.ClientAsync(Admin);
        var badCode = await CreateAsync(admin, "ABC", Content("Thủ tục mã sai"));
        Assert.Equal("code", Assert.Single(badCode.ErrorsOf())!["field"]!.GetValue<string>());

        var content = Content("Thủ tục có tham chiếu sai", ["99/2099/NĐ-CP"]);
        content["fieldCode"] = "KHONG-CO";
        content["legacyOnlineLevel"] = 2;
        var missing = await CreateAsync(admin, "9.000104", content);
        var codes = missing.ErrorsOf().Select(e => e!["__typename"]!.GetValue<string>()).ToList();
        Assert.Equal(["NotFoundError", "NotFoundError"], codes);

        content = Content("Thủ tục trực tuyến sai mức");
        content["legacyOnlineLevel"] = 2;
        content["cutOffHour"] = "20:00:00";
        var invalid = await CreateAsync(admin, "9.000104", content);
        Assert.Equal(["content.cutOffHour", "content.legacyOnlineLevel"],
            invalid.ErrorsOf().Select(e => e!["field"]!.GetValue<string>()).Order(StringComparer.Ordinal));

        Assert.Empty((await CreateAsync(admin, "9.000104", Content("Thủ tục hợp lệ"))).ErrorsOf());
        var duplicate = await CreateAsync(admin, "9.000104", Content("Thủ tục trùng mã"));
        Assert.Equal("code", Assert.Single(duplicate.ErrorsOf())!["field"]!.GetValue<string>());

        var notFound = await PublishAsync(admin, "9.999998", 1);
        Assert.Equal("NotFoundError", Assert.Single(notFound.ErrorsOf())!["__typename"]!.GetValue<string>());
        var past = await PublishAsync(admin, "9.000104", 2, "2020-01-01");
        Assert.Equal("effectiveFrom", Assert.Single(past.ErrorsOf())!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_admins_may_change_the_catalogue()
    {
        using var receptionist = await factory.ClientAsync(Receptionist);
        var body = await receptionist.GraphQLAsync("""mutation { publishProcedure(input: { code: "9.000105", expectedRevision: 1 }) { errors { __typename } } }""");
        Assert.Equal("FORBIDDEN", body.ErrorCode());
        using var anonymous = await factory.ClientAsync();
        Assert.Equal("UNAUTHENTICATED", (await anonymous.GraphQLAsync("""mutation { importProcedures(input: { json: "{}" }) { created } }""")).ErrorCode());
    }

    [Fact]
    public async Task Retiring_keeps_the_history()
    {
        using var admin = await factory.ClientAsync(Admin);
        var created = await CreateAsync(admin, "9.000106", Content("Thủ tục sẽ bãi bỏ"));
        var published = await PublishAsync(admin, "9.000106", created.Revision());
        var retired = (await admin.DataAsync($$"""
            mutation { retireProcedure(input: { code: "9.000106", expectedRevision: {{published.Revision()}}, effectiveTo: "2026-12-15" }) { procedure { {{ProcedureFields}} } {{Errors}} } }
            """))["retireProcedure"]!;
        Assert.Empty(retired.ErrorsOf());
        Assert.Equal("RETIRED", retired["procedure"]!["status"]!.GetValue<string>());
        Assert.Equal("2026-12-15", retired["procedure"]!["effectiveTo"]!.GetValue<string>());

        var history = await admin.DataAsync("""
            { before: procedure(code: "9.000106", on: "2026-12-14") { number status inForce(on: "2026-12-14") steps { budget } fees { amount } }
              after: procedure(code: "9.000106", on: "2026-12-15") { number status inForce(on: "2026-12-15") }
              retired: procedures(first: 100, where: { status: RETIRED, search: "9.000106" }) { nodes { code } } }
            """);
        Assert.Equal("RETIRED", history["before"]!["status"]!.GetValue<string>());
        Assert.True(history["before"]!["inForce"]!.GetValue<bool>());
        Assert.Equal(4, history["before"]!["steps"]!.AsArray().Count);
        // After the retirement day nothing is in force; signed-in users still see the last version.
        Assert.False(history["after"]!["inForce"]!.GetValue<bool>());
        Assert.Single(history["retired"]!["nodes"]!.AsArray());
        using var anonymous = await factory.ClientAsync();
        Assert.Null((await anonymous.DataAsync("""{ procedure(code: "9.000106", on: "2026-12-20") { number } }"""))["procedure"]);

        var twice = (await admin.DataAsync($$"""
            mutation { retireProcedure(input: { code: "9.000106", expectedRevision: {{retired.Revision()}} }) { {{Errors}} } }
            """))["retireProcedure"]!;
        Assert.Equal("ValidationError", Assert.Single(twice.ErrorsOf())!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task Concurrent_draft_edits_give_one_success_and_one_conflict()
    {
        using var admin = await factory.ClientAsync(Admin);
        using var other = await factory.ClientAsync(Admin);
        var created = await CreateAsync(admin, "9.000107", Content("Thủ tục sửa đồng thời"));
        var revision = created.Revision();

        var results = await Task.WhenAll(
            UpdateDraftAsync(admin, "9.000107", revision, Content("Bản sửa của người thứ nhất")),
            UpdateDraftAsync(other, "9.000107", revision, Content("Bản sửa của người thứ hai")));
        Assert.Single(results, r => r.ErrorsOf().Count == 0);
        var conflict = Assert.Single(results, r => r.ErrorsOf().Count > 0);
        var error = Assert.Single(conflict.ErrorsOf())!;
        Assert.Equal("ConcurrencyConflictError", error["__typename"]!.GetValue<string>());
        Assert.Equal(revision + 1, error["currentVersion"]!.GetValue<int>());

        // The winner's content is stored whole (its parts were not mixed with the loser's).
        var winner = results.Single(r => r.ErrorsOf().Count == 0)["procedure"]!["name"]!.GetValue<string>();
        var stored = await admin.DataAsync("""{ procedure(code: "9.000107") { name revision steps { number } fees { name } requiredDocuments { name } } }""");
        Assert.Equal(winner, stored["procedure"]!["name"]!.GetValue<string>());
        Assert.Equal(revision + 1, stored["procedure"]!["revision"]!.GetValue<int>());
        Assert.Equal(4, stored["procedure"]!["steps"]!.AsArray().Count);
        Assert.Single(stored["procedure"]!["fees"]!.AsArray());

        // A stale revision is refused even without a race.
        var stale = await UpdateDraftAsync(admin, "9.000107", revision, Content("Bản sửa cũ"));
        Assert.Equal("ConcurrencyConflictError", Assert.Single(stale.ErrorsOf())!["__typename"]!.GetValue<string>());
    }
}
