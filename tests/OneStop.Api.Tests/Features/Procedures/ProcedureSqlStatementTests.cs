using Microsoft.Extensions.DependencyInjection;
using OneStop.Api.Infrastructure.Data;
using Xunit.Abstractions;

namespace OneStop.Api.Tests.Features.Procedures;

/// <summary>The catalogue list costs the same number of SQL statements whatever the page size (DataLoaders per version id).</summary>
public sealed class ProcedureSqlStatementTests(OneStopApiFactory factory, ITestOutputHelper output) : IClassFixture<OneStopApiFactory>
{
    private const string Query = """
        query($first: Int) { procedures(first: $first, where: { search: "dang ky" }) { totalCount pageInfo { hasNextPage endCursor }
          nodes { id code name status effectiveFrom cutOffHour onlineService legacyOnlineLevel citesExpiredLaw sync { state }
            processingTime { amount unit } field { code name } steps { number name role budget } fees { name amount }
            requiredDocuments { name formTemplate } resultDocuments { name } implementingUnits { code } receivingUnits { code }
            legalBases { number inForce replacedBy { number } } expiredLegalBases { number } versions { number status } } } }
        """;

    [Fact]
    public async Task Page_of_5_and_page_of_50_run_the_same_number_of_statements()
    {
        using var client = await factory.ClientAsync();
        var counter = factory.Services.GetRequiredService<SqlStatementCounter>();
        await client.DataAsync(Query, new { first = 1 });

        var small = await CountAsync(client, counter, 5);
        var large = await CountAsync(client, counter, 50);
        output.WriteLine($"SQL statements: first 5 = {small}, first 50 = {large}");
        Assert.Equal(small, large);
        // Page + count + one query per loader (field, steps, fees, documents, results, units, legal bases, replacements, versions).
        Assert.InRange(large, 3, 12);
    }

    private static async Task<long> CountAsync(HttpClient client, SqlStatementCounter counter, int first)
    {
        var before = counter.Count;
        var data = await client.DataAsync(Query, new { first });
        var statements = counter.Count - before;
        Assert.Equal(first, data["procedures"]!["nodes"]!.AsArray().Count);
        return statements;
    }
}
