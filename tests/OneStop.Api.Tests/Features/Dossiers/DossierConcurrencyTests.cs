using Microsoft.Extensions.DependencyInjection;
using OneStop.Api.Infrastructure.Data;
using static OneStop.Api.Tests.Features.Dossiers.DossierApi;

namespace OneStop.Api.Tests.Features.Dossiers;

public sealed class DossierConcurrencyTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    [Fact]
    public async Task Hundred_parallel_intakes_get_unique_gap_free_codes()
    {
        await EnsureCatalogueAsync(factory);
        var desk = await factory.ClientAsync(Receptionist);
        // A commune desk of Tam Kỳ that no other test uses: its numbers of the day must be exactly 0001–0100.
        const string commune = "000.03.21.H47";
        var results = await Task.WhenAll(Enumerable.Range(0, 100).Select(i =>
            ReceiveAsync(desk, Intake(unit: commune, name: $"Công dân số {i}", phone: $"0905{i:000000}"))));
        Assert.All(results, r => Assert.Empty(r["errors"]!.AsArray()));
        var codes = results.Select(r => r["dossier"]!.S("code")).ToList();
        Assert.Equal(100, codes.Distinct().Count());
        var prefix = codes[0][..^4];
        Assert.All(codes, c => Assert.StartsWith(prefix, c, StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(1, 100), codes.Select(c => int.Parse(c[^4..], System.Globalization.CultureInfo.InvariantCulture)).Order());
    }

    [Fact]
    public async Task Twenty_parallel_conflicting_actions_give_one_success_typed_conflicts_and_an_intact_audit_trail()
    {
        await EnsureCatalogueAsync(factory);
        var desk = await factory.ClientAsync(Receptionist);
        var leader = await factory.ClientAsync(Leader);
        var d = await ReceiveOkAsync(desk, Intake(name: "Đặng Văn Tranh"));
        var code = d.S("code");
        var version = d.I("version");
        var payloads = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            ActAsync(leader, "assignDossier", "AssignDossierInput", new { code, expectedVersion = version })));
        Assert.Single(payloads, p => p["dossier"] is not null);
        var failures = payloads.Where(p => p["dossier"] is null).ToList();
        Assert.Equal(19, failures.Count);
        Assert.All(failures, p =>
        {
            Assert.Equal("ConcurrencyConflictError", p["errors"]![0]!.S("__typename"));
            Assert.Equal(version + 1, p["errors"]![0]!.I("currentVersion"));
        });
        var after = (await leader.DataAsync($"{{ dossier(code: \"{code}\") {{ version status auditTrail {{ action }} handovers {{ action }} }} }}"))["dossier"]!;
        Assert.Equal(version + 1, after.I("version"));
        Assert.Equal(["RECEIVE", "ASSIGN"], after["auditTrail"]!.AsArray().Select(a => a!.S("action")));
        Assert.Single(after["handovers"]!.AsArray());
    }

    [Fact]
    public async Task A_page_of_dossiers_with_nested_fields_costs_the_same_SQL_statements_at_any_size()
    {
        await EnsureCatalogueAsync(factory);
        var admin = await factory.ClientAsync(Admin);
        for (var i = 0; i < 12; i++) await ReceiveOkAsync(admin, Intake(unit: NamTraMy, name: $"Người nộp {i}", receivedAt: $"2026-03-{i + 2:00}T09:00:00+07:00"));
        var counter = factory.Services.GetRequiredService<SqlStatementCounter>();
        async Task<long> Cost(string query, int n)
        {
            var before = counter.Count;
            var nodes = (await admin.DataAsync(query, new { n }))["dossiers"]!["nodes"]!.AsArray();
            Assert.Equal(n, nodes.Count);
            return counter.Count - before;
        }
        // The list columns only (narrow page read) and the same page read as whole rows (`subject` is not a list column).
        foreach (var extra in new[] { "", "subject" })
        {
            var query = $$"""
                query($n: Int!) { dossiers(first: $n, where: { unitCode: "000.00.32.H47" }) { nodes {
                  code procedure { code name field { name } } receivingUnit { code name } currentUnit { code } applicant { fullName phone }
                  currentStep { name dueAt } assignee { fullName } deadlineState {{extra}} } } }
                """;
            await Cost(query, 1);
            Assert.Equal(await Cost(query, 1), await Cost(query, 10));
        }
        // The benchmark's document (bench/scenarios/dossiers.mjs): the page and the reference stamp; procedure, units and
        // current step come from memory.
        const string bench = """
            query($n: Int!) { dossiers(first: $n, where: { unitCode: "000.00.32.H47" }) { nodes {
              id code status nationalStatusCode receivedAt appointmentAt procedure { code name } receivingUnit { code name }
              currentUnit { code name } applicant { kind fullName phone } currentStep { ordinal name dueAt } } } }
            """;
        Assert.Equal(2, await Cost(bench, 1));
        Assert.Equal(2, await Cost(bench, 10));
    }
}
