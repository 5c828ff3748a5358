using GraphQL.DataLoader;

namespace OneStop.Api.Infrastructure.GraphQL;

/// <summary>
/// Our own batch DataLoader (GraphQL.DataLoader is not available, TECH.md §2.2). Registered scoped: keys queued
/// during one request are fetched with ONE query on the first <c>GetResultAsync</c>; later results read the cache.
/// The execution strategy defers data-loader nodes until all sibling nodes ran, so every key of a level is queued
/// before the first fetch.
/// </summary>
/// <typeparam name="TKey">The key (an id or a foreign key).</typeparam>
/// <typeparam name="TValue">What one key resolves to: an entity, or a list for one-to-many loaders.</typeparam>
public abstract class BatchLoader<TKey, TValue> : IDisposable where TKey : notnull
{
    private readonly HashSet<TKey> _queued = [];
    private readonly Dictionary<TKey, TValue> _loaded = [];
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Number of fetches this loader ran (one per batch); tests use it to prove batching.</summary>
    public int Fetches { get; private set; }

    /// <summary>The value for a key that has no row (null, or an empty list for one-to-many loaders).</summary>
    protected virtual TValue Missing => default!;

    /// <summary>Fetches every key of the batch with one query.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken ct);

    public void Dispose()
    {
        _gate.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Stores a value fetched by another query (e.g. a join), so loading its key costs no query.</summary>
    public void Prime(TKey key, TValue value)
    {
        lock (_queued) _loaded.TryAdd(key, value);
    }

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (_queued)
        {
            if (!_loaded.ContainsKey(key)) _queued.Add(key);
        }
        return new Pending(this, key);
    }

    private async Task<TValue> GetAsync(TKey key, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            TKey[] batch;
            lock (_queued)
            {
                batch = [.. _queued];
                _queued.Clear();
            }
            if (batch.Length > 0)
            {
                Fetches++;
                var rows = await FetchAsync(batch, ct);
                lock (_queued)
                    foreach (var k in batch) _loaded[k] = rows.TryGetValue(k, out var v) ? v : Missing;
            }
            lock (_queued) return _loaded.TryGetValue(key, out var value) ? value : Missing;
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed class Pending(BatchLoader<TKey, TValue> owner, TKey key) : IDataLoaderResult<TValue>
    {
        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) => owner.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}

/// <summary>A loader whose keys map to lists; keys without rows give an empty list.</summary>
public abstract class GroupLoader<TKey, TItem> : BatchLoader<TKey, IReadOnlyList<TItem>> where TKey : notnull
{
    protected override IReadOnlyList<TItem> Missing => [];
}

/// <summary>Composition helpers for loader results (core has no <c>Then</c>).</summary>
public static class DataLoaderResultExtensions
{
    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> source, Func<TIn, TOut> map) =>
        new Mapped<TIn, TOut>(source, map);

    /// <summary>An already known value, for resolvers that sometimes need no loading.</summary>
    public static IDataLoaderResult<T> Completed<T>(T value) => new Done<T>(value);

    private sealed class Mapped<TIn, TOut>(IDataLoaderResult<TIn> source, Func<TIn, TOut> map) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await source.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }

    private sealed class Done<T>(T value) : IDataLoaderResult<T>
    {
        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
    }
}
