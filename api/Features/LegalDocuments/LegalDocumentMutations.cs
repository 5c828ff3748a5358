using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Procedures;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.Errors;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.LegalDocuments;

public sealed record UpdateLegalDocumentInput(LegalDocumentData Document, int ExpectedRevision);

public sealed record MarkLegalDocumentReplacedInput(string Number, string ReplacedByNumber, DateOnly? ExpiresOn = null);

public sealed record LegalDocumentPayload(LegalDocument? LegalDocument, IReadOnlyList<DomainError> Errors);

public sealed record MarkLegalDocumentReplacedPayload(LegalDocument? LegalDocument, IReadOnlyList<ProcedureVersion> ProceduresToFix, IReadOnlyList<DomainError> Errors);

public sealed class LegalDocumentInputGraphType : InputObjectGraphType<LegalDocumentData>
{
    public LegalDocumentInputGraphType()
    {
        Name = "LegalDocumentInput";
        Field(d => d.Number);
        Field<NonNullGraphType<LegalDocumentKindGraphType>>("kind");
        Field(d => d.Title);
        Field(d => d.Issuer);
        Field<NonNullGraphType<DateOnlyGraphType>>("issuedOn");
        Field<NonNullGraphType<DateOnlyGraphType>>("effectiveFrom");
        Field<DateOnlyGraphType>("expiresOn");
        Field(d => d.PartiallyExpired);
    }
}

public sealed class UpdateLegalDocumentInputGraphType : InputObjectGraphType<UpdateLegalDocumentInput>
{
    public UpdateLegalDocumentInputGraphType()
    {
        Name = "UpdateLegalDocumentInput";
        Field<NonNullGraphType<LegalDocumentInputGraphType>>("document").Description("The number identifies the document; it cannot change.");
        Field(i => i.ExpectedRevision);
    }
}

public sealed class MarkLegalDocumentReplacedInputGraphType : InputObjectGraphType<MarkLegalDocumentReplacedInput>
{
    public MarkLegalDocumentReplacedInputGraphType()
    {
        Name = "MarkLegalDocumentReplacedInput";
        Field(i => i.Number);
        Field(i => i.ReplacedByNumber);
        Field<DateOnlyGraphType>("expiresOn").Description("First day no longer in force; default: the replacement's effective date.");
    }
}

public sealed class CreateLegalDocumentErrorGraphType : UnionGraphType
{
    public CreateLegalDocumentErrorGraphType()
    {
        Name = "CreateLegalDocumentError";
        Type<ValidationErrorGraphType>();
    }
}

public sealed class UpdateLegalDocumentErrorGraphType : UnionGraphType
{
    public UpdateLegalDocumentErrorGraphType()
    {
        Name = "UpdateLegalDocumentError";
        Type<ValidationErrorGraphType>();
        Type<NotFoundErrorGraphType>();
        Type<ConcurrencyConflictErrorGraphType>();
    }
}

public sealed class MarkLegalDocumentReplacedErrorGraphType : UnionGraphType
{
    public MarkLegalDocumentReplacedErrorGraphType()
    {
        Name = "MarkLegalDocumentReplacedError";
        Type<ValidationErrorGraphType>();
        Type<NotFoundErrorGraphType>();
        Type<ConcurrencyConflictErrorGraphType>();
    }
}

public sealed class CreateLegalDocumentPayloadGraphType : ObjectGraphType<LegalDocumentPayload>
{
    public CreateLegalDocumentPayloadGraphType()
    {
        Name = "CreateLegalDocumentPayload";
        Field<LegalDocumentGraphType>("legalDocument").Resolve(c => c.Source.LegalDocument);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CreateLegalDocumentErrorGraphType>>>>("errors").Resolve(c => c.Source.Errors);
    }
}

public sealed class UpdateLegalDocumentPayloadGraphType : ObjectGraphType<LegalDocumentPayload>
{
    public UpdateLegalDocumentPayloadGraphType()
    {
        Name = "UpdateLegalDocumentPayload";
        Field<LegalDocumentGraphType>("legalDocument").Resolve(c => c.Source.LegalDocument);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UpdateLegalDocumentErrorGraphType>>>>("errors").Resolve(c => c.Source.Errors);
    }
}

public sealed class MarkLegalDocumentReplacedPayloadGraphType : ObjectGraphType<MarkLegalDocumentReplacedPayload>
{
    public MarkLegalDocumentReplacedPayloadGraphType()
    {
        Name = "MarkLegalDocumentReplacedPayload";
        Field<LegalDocumentGraphType>("legalDocument").Resolve(c => c.Source.LegalDocument);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProcedureGraphType>>>>("proceduresToFix")
            .Description("Drafts and versions in force that cite the replaced document: update their legal bases.")
            .Resolve(c => c.Source.ProceduresToFix);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MarkLegalDocumentReplacedErrorGraphType>>>>("errors").Resolve(c => c.Source.Errors);
    }
}

public static class LegalDocumentMutations
{
    public static void AddLegalDocumentMutations(this Mutation mutation)
    {
        mutation.Field<NonNullGraphType<CreateLegalDocumentPayloadGraphType>, LegalDocumentPayload>("createLegalDocument")
            .Description("Registers a legal document procedures may cite (Admin).")
            .AuthorizeWithPolicy(Policies.Admin)
            .Argument<NonNullGraphType<LegalDocumentInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var data = c.GetArgument<LegalDocumentData>("input");
                var db = c.Service<OneStopDb>();
                var (doc, error) = LegalDocument.Create(data);
                if (error is not null) return new LegalDocumentPayload(null, [error]);
                if (await db.LegalDocuments.AnyAsync(d => d.Number == doc!.Number, c.CancellationToken)) return new LegalDocumentPayload(null, [NumberTaken(doc!.Number)]);
                db.LegalDocuments.Add(doc!);
                try
                {
                    await db.SaveChangesAsync(c.CancellationToken);
                }
                catch (DbUpdateException)
                {
                    return new LegalDocumentPayload(null, [NumberTaken(doc!.Number)]);
                }
                return new LegalDocumentPayload(doc, []);
            });

        mutation.Field<NonNullGraphType<UpdateLegalDocumentPayloadGraphType>, LegalDocumentPayload>("updateLegalDocument")
            .Description("Corrects a legal document, e.g. records its expiry or partial expiry (Admin).")
            .AuthorizeWithPolicy(Policies.Admin)
            .Argument<NonNullGraphType<UpdateLegalDocumentInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<UpdateLegalDocumentInput>("input");
                var db = c.Service<OneStopDb>();
                var number = input.Document.Number.Trim();
                var doc = await db.LegalDocuments.SingleOrDefaultAsync(d => d.Number == number, c.CancellationToken);
                if (doc is null) return new LegalDocumentPayload(null, [new NotFoundError("văn bản " + number)]);
                if (doc.Update(input.Document, input.ExpectedRevision) is { } error) return new LegalDocumentPayload(null, [error]);
                return await SaveAsync(db, doc, c.CancellationToken) is { } conflict
                    ? new LegalDocumentPayload(null, [conflict])
                    : new LegalDocumentPayload(doc, []);
            });

        mutation.Field<NonNullGraphType<MarkLegalDocumentReplacedPayloadGraphType>, MarkLegalDocumentReplacedPayload>("markLegalDocumentReplaced")
            .Description("Records that a document is replaced by another and lists the procedures that still cite it (Admin).")
            .AuthorizeWithPolicy(Policies.Admin)
            .Argument<NonNullGraphType<MarkLegalDocumentReplacedInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<MarkLegalDocumentReplacedInput>("input");
                var db = c.Service<OneStopDb>();
                var doc = await db.LegalDocuments.SingleOrDefaultAsync(d => d.Number == input.Number.Trim(), c.CancellationToken);
                var replacement = await db.LegalDocuments.SingleOrDefaultAsync(d => d.Number == input.ReplacedByNumber.Trim(), c.CancellationToken);
                if (doc is null || replacement is null)
                    return new MarkLegalDocumentReplacedPayload(null, [], [new NotFoundError("văn bản " + (doc is null ? input.Number : input.ReplacedByNumber))]);
                var expiresOn = input.ExpiresOn ?? replacement.EffectiveFrom;
                if (doc.MarkReplaced(replacement, expiresOn) is { } error) return new MarkLegalDocumentReplacedPayload(null, [], [error]);
                if (await SaveAsync(db, doc, c.CancellationToken) is { } conflict) return new MarkLegalDocumentReplacedPayload(null, [], [conflict]);
                // What to fix: every draft, and every version in force today, that still cites the document.
                var toFix = await ProcedureRepository.Citing(db, doc.Id, c.Today()).ToListAsync(c.CancellationToken);
                return new MarkLegalDocumentReplacedPayload(doc, toFix, []);
            });
    }

    private static async Task<DomainError?> SaveAsync(OneStopDb db, LegalDocument doc, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await db.LegalDocuments.AsNoTracking().Where(d => d.Id == doc.Id).Select(d => d.Revision).SingleAsync(ct);
            return new ConcurrencyConflictError(current);
        }
    }

    private static ValidationError NumberTaken(string number) =>
        new("number", $"Văn bản số {number} đã có.", $"Document {number} already exists.");
}
