using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace OneStop.Api.Infrastructure.GraphQL;

/// <summary>One page of a connection; <c>totalCount</c> is counted only when a client selects it.</summary>
public sealed class Page<T>(IReadOnlyList<T> items, IReadOnlyList<string> cursors, bool hasNextPage, bool hasPreviousPage,
    Func<CancellationToken, Task<int>> count) : IPageInfo
{
    public IReadOnlyList<T> Items { get; } = items;
    public IReadOnlyList<string> Cursors { get; } = cursors;
    public bool HasNextPage { get; } = hasNextPage;
    public bool HasPreviousPage { get; } = hasPreviousPage;

    public Task<int> CountAsync(CancellationToken ct) => count(ct);
}

/// <summary>What <c>PageInfo</c> shows of any page.</summary>
public interface IPageInfo
{
    IReadOnlyList<string> Cursors { get; }
    bool HasNextPage { get; }
    bool HasPreviousPage { get; }
}

/// <summary>Forward keyset pagination over an EF query (<c>first</c>/<c>after</c>).</summary>
public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>
    /// One page in <paramref name="order"/>; <paramref name="project"/> optionally narrows the read of the page's rows (e.g.
    /// only the columns a list selects) and must keep the order's key and id.
    /// </summary>
    public static async Task<Page<T>> PageAsync<T, TKey>(this IQueryable<T> filtered, Keyset<T, TKey> order, IResolveFieldContext ctx,
        System.Linq.Expressions.Expression<Func<T, T>>? project = null)
    {
        var first = ctx.GetArgument<int?>("first") ?? DefaultPageSize;
        if (first is < 0 or > MaxPageSize)
            throw new ExecutionError($"`first` must be between 0 and {MaxPageSize}.") { Code = "BAD_USER_INPUT" };
        var after = ctx.GetArgument<string?>("after");
        var source = filtered;
        if (after is not null && !order.TryAfter(filtered, after, out source))
            throw new ExecutionError("`after` is not a valid cursor for this connection.") { Code = "INVALID_CURSOR" };

        // One row more than asked tells whether a next page exists, without a second query.
        var page = order.Order(source).Take(first + 1);
        var rows = first == 0 ? [] : await (project is null ? page : page.Select(project)).ToListAsync(ctx.CancellationToken);
        var hasNext = rows.Count > first;
        if (hasNext) rows.RemoveAt(rows.Count - 1);
        return new Page<T>(rows, new LazyCursors<T>(rows, order.CursorOf), hasNext, after is not null, ct => filtered.CountAsync(ct));
    }
}

/// <summary>The cursors of a page, encoded when read: a list that shows only <c>nodes</c> never pays for them.</summary>
internal sealed class LazyCursors<T>(IReadOnlyList<T> items, Func<T, string> cursorOf) : IReadOnlyList<string>
{
    private readonly string?[] _cursors = new string?[items.Count];

    public int Count => items.Count;

    public string this[int index] => _cursors[index] ??= cursorOf(items[index]);

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
