using System.Linq.Expressions;
using System.Text;
using System.Text.Json;

namespace OneStop.Api.Infrastructure.GraphQL;

/// <summary>
/// A stable order for keyset pagination: a sort key plus the primary key as tie-breaker. Cursors carry both
/// values, so a page never skips or repeats rows when rows are inserted between requests. Define one static
/// instance per order (the selectors are compiled once).
/// </summary>
public sealed class Keyset<T, TKey>
{
    private static readonly System.Reflection.MethodInfo StringCompare =
        typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    private readonly Expression<Func<T, TKey>> _key;
    private readonly Expression<Func<T, long>> _id;
    private readonly Func<T, TKey> _keyOf;
    private readonly Func<T, long> _idOf;

    public Keyset(Expression<Func<T, TKey>> key, Expression<Func<T, long>> id, bool descending = false)
    {
        _key = key;
        _id = id;
        Descending = descending;
        _keyOf = key.Compile();
        _idOf = id.Compile();
    }

    public bool Descending { get; }

    public IOrderedQueryable<T> Order(IQueryable<T> source) => Descending
        ? source.OrderByDescending(_key).ThenByDescending(_id)
        : source.OrderBy(_key).ThenBy(_id);

    public string CursorOf(T item) =>
        Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new CursorValue(_keyOf(item), _idOf(item))));

    /// <summary>Rows strictly after the cursor in this order; false when the cursor is not one of ours.</summary>
    public bool TryAfter(IQueryable<T> source, string cursor, out IQueryable<T> filtered)
    {
        filtered = source;
        CursorValue? value;
        try
        {
            value = JsonSerializer.Deserialize<CursorValue>(Encoding.UTF8.GetString(Convert.FromBase64String(cursor)));
        }
        catch (Exception e) when (e is FormatException or JsonException or NotSupportedException or ArgumentException)
        {
            return false;
        }
        if (value is null || value.K is null) return false;
        filtered = source.Where(After(value.K, value.I));
        return true;
    }

    // (key > k) OR (key = k AND id > i), mirrored for descending order; parameters, not constants, so plans are reused.
    private Expression<Func<T, bool>> After(TKey k, long i)
    {
        var p = _key.Parameters[0];
        var key = _key.Body;
        var id = new Rebind(_id.Parameters[0], p).Visit(_id.Body);
        var kParam = Expression.Property(Expression.Constant(new Box<TKey>(k)), nameof(Box<TKey>.Value));
        var iParam = Expression.Property(Expression.Constant(new Box<long>(i)), nameof(Box<long>.Value));
        Expression beyondKey, sameKey;
        if (typeof(TKey) == typeof(string))
        {
            var cmp = Expression.Call(StringCompare, key, kParam);
            beyondKey = Descending ? Expression.LessThan(cmp, Expression.Constant(0)) : Expression.GreaterThan(cmp, Expression.Constant(0));
            sameKey = Expression.Equal(key, kParam);
        }
        else
        {
            beyondKey = Descending ? Expression.LessThan(key, kParam) : Expression.GreaterThan(key, kParam);
            sameKey = Expression.Equal(key, kParam);
        }
        var beyondId = Descending ? Expression.LessThan(id, iParam) : Expression.GreaterThan(id, iParam);
        return Expression.Lambda<Func<T, bool>>(Expression.OrElse(beyondKey, Expression.AndAlso(sameKey, beyondId)), p);
    }

    private sealed record CursorValue(TKey K, long I);

    private sealed class Box<TV>(TV value)
    {
        public TV Value { get; } = value;
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
