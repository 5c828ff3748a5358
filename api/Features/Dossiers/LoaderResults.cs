using GraphQL.DataLoader;

namespace OneStop.Api.Features.Dossiers;

/// <summary>Combines two pending loader results (both keys are queued before either batch runs).</summary>
public static class LoaderResults
{
    public static IDataLoaderResult<TOut> Combine<TA, TB, TOut>(IDataLoaderResult<TA> a, IDataLoaderResult<TB> b, Func<TA, TB, TOut> map) =>
        new Combined<TA, TB, TOut>(a, b, map);

    private sealed class Combined<TA, TB, TOut>(IDataLoaderResult<TA> a, IDataLoaderResult<TB> b, Func<TA, TB, TOut> map) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var left = await a.GetResultAsync(cancellationToken);
            var right = await b.GetResultAsync(cancellationToken);
            return map(left, right);
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
