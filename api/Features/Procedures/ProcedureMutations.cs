using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.Errors;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Procedures;

/// <summary>What every procedure mutation returns: the version it touched, or the errors.</summary>
public sealed record ProcedurePayload(ProcedureVersion? Procedure, IReadOnlyList<DomainError> Errors);

public abstract class ProcedurePayloadGraphType<TError> : ObjectGraphType<ProcedurePayload> where TError : UnionGraphType
{
    protected ProcedurePayloadGraphType(string name)
    {
        Name = name;
        Field<ProcedureGraphType>("procedure").Resolve(c => c.Source.Procedure);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TError>>>>("errors").Resolve(c => c.Source.Errors);
    }
}

public sealed class CreateProcedurePayloadGraphType() : ProcedurePayloadGraphType<CreateProcedureErrorGraphType>("CreateProcedurePayload");

public sealed class UpdateProcedureDraftPayloadGraphType() : ProcedurePayloadGraphType<UpdateProcedureDraftErrorGraphType>("UpdateProcedureDraftPayload");

public sealed class PublishProcedurePayloadGraphType() : ProcedurePayloadGraphType<PublishProcedureErrorGraphType>("PublishProcedurePayload");

public sealed class RetireProcedurePayloadGraphType() : ProcedurePayloadGraphType<RetireProcedureErrorGraphType>("RetireProcedurePayload");

public static class ProcedureMutations
{
    public static void AddProcedureMutations(this Mutation mutation)
    {
        mutation.Field<NonNullGraphType<CreateProcedurePayloadGraphType>, ProcedurePayload>("createProcedure")
            .Description("Creates a procedure with its first version as a draft (Admin).")
            .AuthorizeWithPolicy(Policies.Admin)
            .Argument<NonNullGraphType<CreateProcedureInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<CreateProcedureInput>("input");
                var db = c.Service<OneStopDb>();
                var (procedure, codeError) = Procedure.Create(input.Code);
                if (codeError is not null) return Failed(codeError);
                if (await db.Procedures.AnyAsync(p => p.Code == procedure!.Code, c.CancellationToken)) return Failed(CodeTaken(procedure!.Code));
                var (content, missing) = await ProcedureContentResolver.ResolveAsync(db, input.Content, c.CancellationToken);
                if (content is null) return new ProcedurePayload(null, missing);
                var (draft, errors) = procedure!.EditDraft(content, procedure.Revision);
                if (draft is null) return new ProcedurePayload(null, errors);
                db.Procedures.Add(procedure);
                try
                {
                    await db.SaveChangesAsync(c.CancellationToken);
                }
                catch (DbUpdateException)
                {
                    // Lost a race with another creation of the same code (unique index).
                    return Failed(CodeTaken(procedure.Code));
                }
                return new ProcedurePayload(draft, []);
            });

        mutation.Field<NonNullGraphType<UpdateProcedureDraftPayloadGraphType>, ProcedurePayload>("updateProcedureDraft")
            .Description("Replaces the content of the procedure's draft; editing a published procedure opens a new draft version (Admin).")
            .AuthorizeWithPolicy(Policies.Admin)
            .Argument<NonNullGraphType<UpdateProcedureDraftInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<UpdateProcedureDraftInput>("input");
                var db = c.Service<OneStopDb>();
                var procedure = await LoadAsync(db, input.Code, c.CancellationToken);
                if (procedure is null) return Failed(new NotFoundError("thủ tục " + input.Code));
                var (content, missing) = await ProcedureContentResolver.ResolveAsync(db, input.Content, c.CancellationToken);
                if (content is null) return new ProcedurePayload(null, missing);
                var previousDraftId = procedure.Draft?.Id;
                var (draft, errors) = procedure.EditDraft(content, input.ExpectedRevision);
                if (draft is null) return new ProcedurePayload(null, errors);
                await using var tx = await db.Database.BeginTransactionAsync(c.CancellationToken);
                // The draft's parts are replaced as a whole: old rows go first, inside the same transaction.
                if (previousDraftId is { } id) await DeletePartsAsync(db, id, c.CancellationToken);
                if (await SaveAsync(db, procedure, c.CancellationToken) is { } conflict) return Failed(conflict);
                await tx.CommitAsync(c.CancellationToken);
                return new ProcedurePayload(draft, []);
            });

        mutation.Field<NonNullGraphType<PublishProcedurePayloadGraphType>, ProcedurePayload>("publishProcedure")
            .Description("Publishes the draft from `effectiveFrom` and closes the previous version's window; refused while a legal basis is not in force (Admin).")
            .AuthorizeWithPolicy(Policies.Admin)
            .Argument<NonNullGraphType<PublishProcedureInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<PublishProcedureInput>("input");
                var db = c.Service<OneStopDb>();
                var procedure = await LoadAsync(db, input.Code, c.CancellationToken);
                if (procedure is null) return Failed(new NotFoundError("thủ tục " + input.Code));
                if (procedure.Draft is { } d)
                    await db.Entry(d).Collection(v => v.LegalBases).Query().Include(b => b.LegalDocument).LoadAsync(c.CancellationToken);
                var today = c.Today();
                var (published, errors) = procedure.Publish(input.EffectiveFrom ?? today, input.ExpectedRevision, today);
                if (published is null) return new ProcedurePayload(null, errors);
                if (await SaveAsync(db, procedure, c.CancellationToken) is { } conflict) return Failed(conflict);
                return new ProcedurePayload(published, []);
            });

        mutation.Field<NonNullGraphType<RetireProcedurePayloadGraphType>, ProcedurePayload>("retireProcedure")
            .Description("Retires the procedure from `effectiveTo`; its versions stay readable as history (Admin).")
            .AuthorizeWithPolicy(Policies.Admin)
            .Argument<NonNullGraphType<RetireProcedureInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RetireProcedureInput>("input");
                var db = c.Service<OneStopDb>();
                var procedure = await LoadAsync(db, input.Code, c.CancellationToken);
                if (procedure is null) return Failed(new NotFoundError("thủ tục " + input.Code));
                var today = c.Today();
                var (retired, errors) = procedure.Retire(input.EffectiveTo ?? today, input.ExpectedRevision, today);
                if (retired is null) return new ProcedurePayload(null, errors);
                if (await SaveAsync(db, procedure, c.CancellationToken) is { } conflict) return Failed(conflict);
                return new ProcedurePayload(retired, []);
            });

        mutation.AddImportProcedures();
    }

    /// <summary>The aggregate with all its versions (not their parts), tracked.</summary>
    public static Task<Procedure?> LoadAsync(OneStopDb db, string code, CancellationToken ct) =>
        db.Procedures.Include(p => p.Versions).SingleOrDefaultAsync(p => p.Code == code, ct);

    public static async Task DeletePartsAsync(OneStopDb db, int versionId, CancellationToken ct)
    {
        await db.ProcedureFees.Where(x => x.VersionId == versionId).ExecuteDeleteAsync(ct);
        await db.RequiredDocuments.Where(x => x.VersionId == versionId).ExecuteDeleteAsync(ct);
        await db.ResultDocuments.Where(x => x.VersionId == versionId).ExecuteDeleteAsync(ct);
        await db.ProcedureSteps.Where(x => x.VersionId == versionId).ExecuteDeleteAsync(ct);
        await db.ProcedureLegalBases.Where(x => x.VersionId == versionId).ExecuteDeleteAsync(ct);
        await db.ProcedureVersionUnits.Where(x => x.VersionId == versionId).ExecuteDeleteAsync(ct);
    }

    /// <summary>Saves, turning a lost race on <see cref="Procedure.Revision"/> into a conflict error.</summary>
    public static async Task<DomainError?> SaveAsync(OneStopDb db, Procedure procedure, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await db.Procedures.AsNoTracking().Where(p => p.Id == procedure.Id).Select(p => p.Revision).SingleAsync(ct);
            return new ConcurrencyConflictError(current);
        }
    }

    private static ProcedurePayload Failed(DomainError error) => new(null, [error]);

    private static ValidationError CodeTaken(string code) =>
        new("code", $"Mã thủ tục {code} đã tồn tại.", $"Procedure code {code} already exists.");
}
