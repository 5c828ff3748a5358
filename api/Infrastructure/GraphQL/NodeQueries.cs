using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace OneStop.Api.Infrastructure.GraphQL;

/// <summary>Root <c>node(id:)</c> and <c>nodes(ids:)</c>: refetch any object by its global id.</summary>
public static class NodeQueries
{
    public static void AddNodeQueries(this Query query)
    {
        query.Field<NodeInterface, IDataLoaderResult<object?>>("node")
            .Description("Fetches an object by its global ID; null when it does not exist or the viewer may not see it.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => Load(c, c.GetArgument<string>("id")));

        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>, IEnumerable<IDataLoaderResult<object?>>>("nodes")
            .Description("Fetches several objects by global ID, in the order given (at most 100).")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids")
            .Resolve(c =>
            {
                var ids = c.GetArgument<List<string>>("ids");
                if (ids.Count > 100) throw new ExecutionError("`ids` takes at most 100 ids.") { Code = "BAD_USER_INPUT" };
                return ids.Select(id => Load(c, id)).ToArray();
            });
    }

    private static IDataLoaderResult<object?> Load(IResolveFieldContext c, string id)
    {
        if (!GlobalId.TryDecode(id, out var type, out var local)
            || !long.TryParse(local, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var localId))
            return DataLoaderResultExtensions.Completed<object?>(null);
        var resolver = c.RequestServices!.GetServices<INodeResolver>().FirstOrDefault(r => r.TypeName == type);
        return resolver is null ? DataLoaderResultExtensions.Completed<object?>(null) : resolver.Load(c, localId);
    }
}
