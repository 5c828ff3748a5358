using GraphQL.Builders;
using GraphQL.Types;

namespace OneStop.Api.Infrastructure.GraphQL;

/// <summary><c>XxxConnection { totalCount pageInfo edges nodes }</c> for a node graph type.</summary>
public sealed class ConnectionGraphType<TNodeGraphType, T> : ObjectGraphType<Page<T>>
    where TNodeGraphType : IGraphType
{
    public ConnectionGraphType()
    {
        var node = typeof(TNodeGraphType).Name.Replace("GraphType", "", StringComparison.Ordinal);
        Name = node + "Connection";
        Description = $"A page of {node} objects in a stable order.";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("Number of objects matching the filter, over all pages.")
            .ResolveAsync(async c => await c.Source.CountAsync(c.CancellationToken));
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Resolve(c => c.Source);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeGraphType<TNodeGraphType, T>>>>>("edges")
            .Resolve(c => c.Source.Items.Select((item, i) => new Edge<T>(c.Source.Cursors[i], item)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeGraphType>>>>("nodes").Resolve(c => c.Source.Items);
    }
}

/// <summary>One edge: a node and its opaque cursor.</summary>
public sealed record Edge<T>(string Cursor, T Node);

public sealed class EdgeGraphType<TNodeGraphType, T> : ObjectGraphType<Edge<T>> where TNodeGraphType : IGraphType
{
    public EdgeGraphType()
    {
        Name = typeof(TNodeGraphType).Name.Replace("GraphType", "", StringComparison.Ordinal) + "Edge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeGraphType>>("node").Resolve(c => c.Source.Node);
    }
}

public sealed class PageInfoGraphType : ObjectGraphType<IPageInfo>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Resolve(c => c.Source.Cursors.Count > 0 ? c.Source.Cursors[0] : null);
        Field<StringGraphType>("endCursor").Resolve(c => c.Source.Cursors.Count > 0 ? c.Source.Cursors[^1] : null);
    }
}

/// <summary>Declares a connection field with the standard <c>first</c>/<c>after</c> arguments.</summary>
public static class ConnectionFieldExtensions
{
    public static FieldBuilder<object?, Page<T>> Connection<TNodeGraphType, T>(this ObjectGraphType type, string name)
        where TNodeGraphType : IGraphType =>
        type.Field<NonNullGraphType<ConnectionGraphType<TNodeGraphType, T>>, Page<T>>(name)
            .Argument<IntGraphType>("first", $"Page size, 0 to {Paging.MaxPageSize} (default {Paging.DefaultPageSize}).")
            .Argument<StringGraphType>("after", "Cursor of the last edge of the previous page.");
}
