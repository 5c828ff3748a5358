using GraphQL.Types;

namespace OneStop.Api.Infrastructure.GraphQL;

/// <summary>The Relay <c>Node</c> interface: every refetchable object has a global <c>id</c>.</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a global ID that can be refetched with `node(id:)`.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global ID of the object.");
    }
}
