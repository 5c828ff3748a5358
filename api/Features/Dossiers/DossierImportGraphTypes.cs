using GraphQL;
using GraphQL.Types;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Dossiers;

public sealed class ImportOutcomeGraphType : EnumerationGraphType<ImportOutcome>
{
    public ImportOutcomeGraphType()
    {
        Name = "DossierImportOutcome";
        Description = "How a historical dossier ended.";
    }
}

public sealed class ImportApologyInputGraphType : InputObjectGraphType<ImportApology>
{
    public ImportApologyInputGraphType()
    {
        Name = "DossierImportApologyInput";
        Field<NonNullGraphType<DateTimeScalar>>("issuedAt");
        Field(a => a.Reason);
        Field<NonNullGraphType<DateTimeScalar>>("newAppointmentAt");
    }
}

public sealed class ImportSupplementInputGraphType : InputObjectGraphType<ImportSupplement>
{
    public ImportSupplementInputGraphType()
    {
        Name = "DossierImportSupplementInput";
        Field<NonNullGraphType<DateTimeScalar>>("requestedAt");
        Field<NonNullGraphType<DateTimeScalar>>("resumedAt");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("missingItems");
    }
}

public sealed class ImportDossierRowInputGraphType : InputObjectGraphType<ImportDossierRow>
{
    public ImportDossierRowInputGraphType()
    {
        Name = "DossierImportRowInput";
        Description = "One historical dossier with its real receipt code, timestamps and outcome.";
        Field(r => r.Code).Description("The historical receipt code <agency>-<yyMMdd>-<NNNN>; kept as is. A code already stored is skipped.");
        Field(r => r.ProcedureCode).Description("The version in force on the day of receipt applies.");
        Field<IntakeChannelGraphType>("channel").Description("Default DIRECT.");
        Field<NonNullGraphType<ApplicantInputGraphType>>("applicant");
        Field<NonNullGraphType<DateTimeScalar>>("receivedAt").Description("Must fall on the day in the code (Vietnam time).");
        Field<NonNullGraphType<ImportOutcomeGraphType>>("outcome");
        Field<NonNullGraphType<DateTimeScalar>>("finishedAt").Description("End of processing: result ready, refusal, withdrawal or stop.");
        Field<DateTimeScalar>("returnedAt").Description("Required for RETURNED.");
        Field<ReturnMethodGraphType>("returnMethod").Description("Default DESK.");
        Field(r => r.Reasons, nullable: true).Description("Refusal, withdrawal or stop reasons (required for those outcomes).");
        Field(r => r.Subject, nullable: true);
        Field<ImportApologyInputGraphType>("apology").Description("The apology letter and new appointment, if one was issued.");
        Field<ImportSupplementInputGraphType>("supplement").Description("A supplement request after appraisal, if any.");
    }
}

public sealed class ImportRowErrorGraphType : ObjectGraphType<ImportRowError>
{
    public ImportRowErrorGraphType()
    {
        Name = "DossierImportRowError";
        Field(e => e.Row).Description("Index of the row in `rows`, from 0.");
        Field(e => e.Code, nullable: true);
        Field<NonNullGraphType<DossierErrorGraphType>>("error").Resolve(c => c.Source.Error);
    }
}

public sealed class ImportDossiersPayloadGraphType : ObjectGraphType<ImportDossiersResult>
{
    public ImportDossiersPayloadGraphType()
    {
        Name = "ImportDossiersPayload";
        Field(r => r.Total);
        Field(r => r.Imported);
        Field(r => r.Skipped).Description("Rows whose receipt code is already stored (idempotent re-send).");
        Field(r => r.Failed);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportRowErrorGraphType>>>>("errors").Description("Per-row errors; valid rows were imported.")
            .Resolve(c => c.Source.Errors);
    }
}

public static class DossierImportMutations
{
    public static void AddDossierImportMutation(this ObjectGraphType m) =>
        m.Field<NonNullGraphType<ImportDossiersPayloadGraphType>, ImportDossiersResult>("importDossiers")
            .Description($"Backfill (DataEntry): historical dossiers with real timestamps and outcomes, at most {DossierImport.MaxRows} rows per call; "
                + "send large files in chunks and show progress from the counts. Idempotent by receipt code.")
            .AuthorizeWithPolicy(Policies.DataEntry)
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<ImportDossierRowInputGraphType>>>>("rows")
            .ResolveAsync(async c => (ImportDossiersResult?)await c.Service<DossierImport>().ImportAsync(c.GetArgument<List<ImportDossierRow>>("rows"), c.Viewer(), c.CancellationToken));
}
