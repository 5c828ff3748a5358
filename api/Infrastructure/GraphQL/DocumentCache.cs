using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;

namespace OneStop.Api.Infrastructure.GraphQL;

/// <summary>
/// Parsed and validated documents keyed by their query text, so a repeated query skips parsing and the
/// document-only validation rules (core GraphQL.NET 8 has no MemoryCache package, TECH.md §0.5). A document is
/// cached only after it passed validation once. On a hit the rules that depend on the request still run:
/// <see cref="AuthorizationRule"/> (the user) and <see cref="ComplexityValidationRule"/> (<c>first</c>/<c>last</c>
/// may come from variables); variables are coerced on every request anyway.
/// </summary>
public sealed class DocumentCache : IConfigureExecution
{
    /// <summary>Entries kept; when full the cache starts over, so junk queries cannot pin memory or starve later ones.</summary>
    public const int Capacity = 1000;

    /// <summary>Longer query texts are not cached (they are rare and would dominate memory).</summary>
    public const int MaxQueryLength = 16 * 1024;

    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    public int Count => _documents.Count;

    /// <summary>The validated document for this query text, if cached.</summary>
    public bool TryGet(string query, out GraphQLDocument document) => _documents.TryGetValue(query, out document!);

    public float SortOrder => 200; // after the option configurations (100) that add the validation rules

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Query is not { Length: <= MaxQueryLength } query) return await next(options).ConfigureAwait(false);
        // A hit only when the transport passed exactly the cached instance (or nothing): a document parsed by the
        // caller has not been validated yet.
        var hit = _documents.TryGetValue(query, out var cached) && (options.Document is null || ReferenceEquals(options.Document, cached));
        if (hit)
        {
            options.Document = cached;
            options.ValidationRules = (options.ValidationRules ?? []).Where(RunsOnEveryRequest).ToArray();
        }
        var result = await next(options).ConfigureAwait(false);
        if (!hit && result.Executed && options.Document is { } validated)
        {
            if (_documents.Count >= Capacity) _documents.Clear();
            _documents.TryAdd(query, validated);
        }
        return result;
    }

    private static bool RunsOnEveryRequest(IValidationRule rule) => rule is AuthorizationRule or ComplexityValidationRule;
}
