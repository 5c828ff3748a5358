using GraphQL;
using GraphQL.DataLoader;

namespace OneStop.Api.Infrastructure.GraphQL;

/// <summary>Resolves one node type's objects by local id, through that type's DataLoader.</summary>
public interface INodeResolver
{
    string TypeName { get; }

    /// <summary>Loads the object, or null when it does not exist or the viewer may not see it.</summary>
    IDataLoaderResult<object?> Load(IResolveFieldContext context, long localId);
}

/// <summary>Adapts a typed loader call to <see cref="INodeResolver"/>.</summary>
public sealed class NodeResolver<T>(string typeName, Func<IResolveFieldContext, long, IDataLoaderResult<T?>> load) : INodeResolver
    where T : class
{
    public string TypeName => typeName;

    public IDataLoaderResult<object?> Load(IResolveFieldContext context, long localId) =>
        load(context, localId).Then(static v => (object?)v);
}

/// <summary>DI registration of node resolvers (one per type implementing <c>Node</c>).</summary>
public static class NodeRegistryExtensions
{
    public static IServiceCollection AddNodeResolver<T>(this IServiceCollection services, string typeName,
        Func<IResolveFieldContext, long, IDataLoaderResult<T?>> load) where T : class =>
        services.AddSingleton<INodeResolver>(new NodeResolver<T>(typeName, load));
}
