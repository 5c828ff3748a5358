using GraphQL;
using GraphQLParser;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Tests.Infrastructure.GraphQL;

/// <summary>
/// The validated-document cache must never let a cached document skip the checks that depend on the request:
/// who the user is (authorization) and the variables (complexity of <c>first: $n</c>).
/// </summary>
public sealed class DocumentCacheTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    [Fact]
    public async Task Valid_documents_are_cached_after_their_first_run()
    {
        const string query = "query CacheProbe { __typename }";
        using var client = factory.CreateClient();
        await client.DataAsync(query);
        Assert.True(factory.Services.GetRequiredService<DocumentCache>().TryGet(query, out _));
    }

    [Fact]
    public async Task Invalid_documents_are_not_cached()
    {
        const string query = "query CacheProbeInvalid { noSuchField }";
        using var client = factory.CreateClient();
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", (await client.GraphQLAsync(query)).ErrorCode());
        Assert.False(factory.Services.GetRequiredService<DocumentCache>().TryGet(query, out _));
    }

    [Fact]
    public async Task Cached_document_is_still_authorized_per_user()
    {
        const string query = "{ units(first: 1) { totalCount } }";
        using var admin = await factory.ClientAsync("admin@onestop.local");
        await admin.DataAsync(query);
        await admin.DataAsync(query);

        using var anonymous = factory.CreateClient();
        Assert.Equal("UNAUTHENTICATED", (await anonymous.GraphQLAsync(query)).ErrorCode());

        const string mutation = """mutation { updateUnit(input: {code: "none", name: "x", expectedVersion: 1}) { unit { code } } }""";
        await admin.GraphQLAsync(mutation);
        using var specialist = await factory.ClientAsync("specialist.tamky@onestop.local");
        Assert.Equal("FORBIDDEN", (await specialist.GraphQLAsync(mutation)).ErrorCode());
    }

    [Fact]
    public async Task Cached_document_is_still_complexity_checked_with_the_new_variables()
    {
        const string query = "query($n: Int) { units(first: $n) { nodes { children { children { children { code name } } } } } }";
        using var admin = await factory.ClientAsync("admin@onestop.local");
        await admin.DataAsync(query, new { n = 1 });
        var body = await admin.GraphQLAsync(query, new { n = 100 });
        Assert.Equal("COMPLEXITY", body.ErrorCode());
    }

    [Fact]
    public async Task Cache_stays_bounded()
    {
        var cache = new DocumentCache();
        for (var i = 0; i <= DocumentCache.Capacity + 10; i++)
        {
            var query = $"query Q{i} {{ __typename }}";
            await cache.ExecuteAsync(new ExecutionOptions { Query = query }, o =>
            {
                o.Document = Parser.Parse(o.Query!);
                return Task.FromResult(new ExecutionResult { Executed = true });
            });
        }
        Assert.InRange(cache.Count, 1, DocumentCache.Capacity);
    }

    [Fact]
    public async Task Overlong_queries_are_not_cached()
    {
        var cache = new DocumentCache();
        var query = "{ __typename }" + new string(' ', DocumentCache.MaxQueryLength);
        await cache.ExecuteAsync(new ExecutionOptions { Query = query }, o =>
        {
            o.Document = Parser.Parse(o.Query!);
            return Task.FromResult(new ExecutionResult { Executed = true });
        });
        Assert.Equal(0, cache.Count);
    }
}
