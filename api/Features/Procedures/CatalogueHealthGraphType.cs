using GraphQL.Types;

namespace OneStop.Api.Features.Procedures;

public sealed class CatalogueHealthFiguresGraphType : ObjectGraphType<CatalogueHealthFigures>
{
    public CatalogueHealthFiguresGraphType()
    {
        Name = "CatalogueHealthFigures";
        Field(f => f.Published).Description("Procedures in force.");
        Field(f => f.Drafts).Description("Draft versions waiting for publication.");
        Field(f => f.CitingExpiredLaw).Description("Procedures in force that cite a legal document no longer in force.");
        Field(f => f.MissingRequiredFields).Description("Procedures in force without documents, results, legal bases, units or internal process.");
        Field(f => f.OnlinePartial);
        Field(f => f.OnlineFull);
        Field(f => f.OnlineServiceShare).Description("(PARTIAL + FULL) / published, 0 to 1.");
        Field<NonNullGraphType<SyncStateCountsGraphType>>("sync").Resolve(c => c.Source);
    }
}

public sealed class SyncStateCountsGraphType : ObjectGraphType<CatalogueHealthFigures>
{
    public SyncStateCountsGraphType()
    {
        Name = "SyncStateCounts";
        Field(f => f.NotSynced);
        Field(f => f.Synced);
        Field(f => f.OutOfDate);
    }
}

public sealed class UnitCatalogueHealthGraphType : ObjectGraphType<UnitCatalogueHealth>
{
    public UnitCatalogueHealthGraphType()
    {
        Name = "UnitCatalogueHealth";
        Field(u => u.UnitCode);
        Field(u => u.UnitName);
        Field<NonNullGraphType<CatalogueHealthFiguresGraphType>>("figures").Resolve(c => c.Source.Figures);
    }
}

public sealed class CatalogueHealthGraphType : ObjectGraphType<CatalogueHealth>
{
    public CatalogueHealthGraphType()
    {
        Name = "CatalogueHealth";
        Field<NonNullGraphType<DateOnlyGraphType>>("on").Resolve(c => c.Source.On);
        Field<NonNullGraphType<CatalogueHealthFiguresGraphType>>("total").Description("Distinct procedures in scope.").Resolve(c => c.Source.Total);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitCatalogueHealthGraphType>>>>("units")
            .Description("Units in scope that implement or receive at least one procedure, in code order.")
            .Resolve(c => c.Source.Units);
    }
}
