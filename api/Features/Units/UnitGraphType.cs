using GraphQL.DataLoader;
using GraphQL.Types;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Units;

public sealed class UnitKindGraphType : EnumerationGraphType<UnitKind>
{
    public UnitKindGraphType() => Description = "Province, department (sở), district, commune, or an office inside a unit.";
}

public sealed class UnitGraphType : ObjectGraphType<Unit>
{
    public UnitGraphType()
    {
        Name = "Unit";
        Description = "An organisational unit of the province.";
        // No type-level policy: every way to reach a unit (units, unit, node, me) applies the viewer's scope, and a
        // public published procedure may show its implementing units to anonymous citizens.
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(nameof(Unit), c.Source.Id));
        Field(u => u.Code).Description("Electronic agency identifier (Decision 20/2020/QĐ-TTg), e.g. 000.00.21.H47.");
        Field(u => u.Name);
        Field<NonNullGraphType<UnitKindGraphType>>("kind").Resolve(c => c.Source.Kind);
        Field(u => u.OneStopDesk, nullable: true).Description("The unit's one-stop desk (Bộ phận Một cửa), if any.");
        Field(u => u.Level).Description("Depth in the tree; the province is 0.");
        Field(u => u.Version).Description("Optimistic concurrency version; send it back with updates.");
        Field<UnitGraphType, IDataLoaderResult<Unit?>>("parent")
            .Description("The parent unit; null at the top and above the viewer's own subtree.")
            .Resolve(c => c.Source.ParentId is { } parentId
                ? c.RequestServices!.GetRequiredService<UnitByIdLoader>().Load(parentId)
                    .Then(p => p is not null && c.Viewer().CanSeeUnitPath(p.Path) ? p : null)
                : DataLoaderResultExtensions.Completed<Unit?>(null));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitGraphType>>>, IDataLoaderResult<IReadOnlyList<Unit>>>("children")
            .Description("Direct sub-units, in code order.")
            .Resolve(c => c.RequestServices!.GetRequiredService<UnitsByParentIdLoader>().Load(c.Source.Id));
    }
}
