using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Procedures;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.GraphQL;
using OneStop.Api.Infrastructure.Text;

namespace OneStop.Api.Features.LegalDocuments;

public sealed record LegalDocumentFilter(string? Search = null, LegalDocumentKind? Kind = null, bool? InForce = null, DateOnly? On = null);

public sealed class LegalDocumentFilterGraphType : InputObjectGraphType<LegalDocumentFilter>
{
    public LegalDocumentFilterGraphType()
    {
        Name = "LegalDocumentFilter";
        Field(f => f.Search, nullable: true).Description("Matches number and title, ignoring Vietnamese diacritics and case.");
        Field<LegalDocumentKindGraphType>("kind");
        Field<BooleanGraphType>("inForce").Description("Only documents in force (true) or not in force (false) on `on`.");
        Field<DateOnlyGraphType>("on").Description("Default today.");
    }
}

public static class LegalDocumentQueries
{
    public static readonly Keyset<LegalDocument, string> ByNumber = new(d => d.Number, d => d.Id);

    public static void AddLegalDocumentQueries(this Query query)
    {
        query.Connection<LegalDocumentGraphType, LegalDocument>("legalDocuments")
            .Description("Legal documents procedures may cite, in number order. Public.")
            .Argument<LegalDocumentFilterGraphType>("where")
            .ResolveAsync(async c =>
            {
                var f = c.GetArgument<LegalDocumentFilter?>("where") ?? new LegalDocumentFilter();
                return await Search(c.Service<OneStopDb>(), f, c.Today()).PageAsync(ByNumber, c);
            });

        query.Field<LegalDocumentGraphType, LegalDocument?>("legalDocument")
            .Description("A legal document by its number, e.g. 61/2018/NĐ-CP. Public.")
            .Argument<NonNullGraphType<StringGraphType>>("number")
            .ResolveAsync(async c =>
            {
                var number = c.GetArgument<string>("number").Trim();
                return await c.Service<OneStopDb>().LegalDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Number == number, c.CancellationToken);
            });
    }

    public static IQueryable<LegalDocument> Search(OneStopDb db, LegalDocumentFilter f, DateOnly today)
    {
        var q = db.LegalDocuments.AsNoTracking();
        var day = f.On ?? today;
        if (!string.IsNullOrWhiteSpace(f.Search))
        {
            var folded = VietnameseText.Fold(f.Search);
            q = q.Where(d => d.SearchText.Contains(folded));
        }
        if (f.Kind is { } kind) q = q.Where(d => d.Kind == kind);
        if (f.InForce is true) q = q.Where(d => d.EffectiveFrom <= day && (d.ExpiresOn == null || d.ExpiresOn > day));
        if (f.InForce is false) q = q.Where(d => d.EffectiveFrom > day || (d.ExpiresOn != null && d.ExpiresOn <= day));
        return q;
    }
}
