using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Tests;

/// <summary>
/// The committed contract <c>schema.graphql</c> must equal the schema the real app prints.
/// Regenerate with <c>npm run schema</c> (sets UPDATE_SCHEMA=1 and runs this test).
/// </summary>
public sealed class SchemaTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    [Fact]
    public void Committed_schema_matches_the_running_schema()
    {
        var printed = GraphQLSetup.PrintSchema(factory.Services.GetRequiredService<ISchema>());
        var path = RepositoryRoot.File("schema.graphql");
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1") File.WriteAllText(path, printed);
        Assert.True(File.Exists(path), "schema.graphql is missing; run `npm run schema`.");
        var committed = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (committed == printed) return;
        var a = committed.Split('\n');
        var b = printed.Split('\n');
        var line = Enumerable.Range(0, Math.Min(a.Length, b.Length)).FirstOrDefault(i => a[i] != b[i], Math.Min(a.Length, b.Length));
        Assert.Fail($"schema.graphql differs from the running schema at line {line + 1}:\n  committed: {a.ElementAtOrDefault(line)}\n  running:   {b.ElementAtOrDefault(line)}\nRun `npm run schema` to regenerate it.");
    }
}
