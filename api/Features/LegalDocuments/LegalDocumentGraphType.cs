using GraphQL.DataLoader;
using GraphQL.Types;
using OneStop.Api.Features.Procedures;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.LegalDocuments;

public sealed class LegalDocumentKindGraphType : EnumerationGraphType<LegalDocumentKind>
{
    public LegalDocumentKindGraphType() => Description = "Law (Luật), ordinance, resolution, decree (Nghị định), decision, circular (Thông tư), joint circular, other.";
}

/// <summary>Public: the province publishes its procedures' legal bases.</summary>
public sealed class LegalDocumentGraphType : ObjectGraphType<LegalDocument>
{
    public LegalDocumentGraphType()
    {
        Name = "LegalDocument";
        Description = "A legal document that procedures cite as legal basis (căn cứ pháp lý).";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(nameof(LegalDocument), c.Source.Id));
        Field(d => d.Number).Description("Official number, e.g. 61/2018/NĐ-CP.");
        Field<NonNullGraphType<LegalDocumentKindGraphType>>("kind").Resolve(c => c.Source.Kind);
        Field(d => d.Title).Description("Title (trích yếu).");
        Field(d => d.Issuer).Description("Issuing body.");
        Field<NonNullGraphType<DateOnlyGraphType>>("issuedOn").Resolve(c => c.Source.IssuedOn);
        Field<NonNullGraphType<DateOnlyGraphType>>("effectiveFrom").Resolve(c => c.Source.EffectiveFrom);
        Field<DateOnlyGraphType>("expiresOn").Description("First day no longer in force; null while in force.").Resolve(c => c.Source.ExpiresOn);
        Field(d => d.PartiallyExpired).Description("Partly expired (hết hiệu lực một phần): the rest stays in force.");
        Field<NonNullGraphType<BooleanGraphType>>("inForce")
            .Description("Whether the document is in force on the day (default today).")
            .Argument<DateOnlyGraphType>("on")
            .Resolve(c => c.Source.IsInForceOn(c.OnOrToday()));
        Field<LegalDocumentGraphType, IDataLoaderResult<LegalDocument?>>("replacedBy")
            .Resolve(c => c.Source.ReplacedById is { } id
                ? c.Service<LegalDocumentByIdLoader>().Load(id)
                : DataLoaderResultExtensions.Completed<LegalDocument?>(null));
        Field(d => d.Revision).Description("Optimistic concurrency revision; send it back with updates.");
    }
}
