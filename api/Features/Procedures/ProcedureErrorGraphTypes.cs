using GraphQL.Types;
using OneStop.Api.Features.LegalDocuments;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Procedures;

public sealed class CitesExpiredLawErrorGraphType : UserErrorGraphType<CitesExpiredLawError>
{
    public CitesExpiredLawErrorGraphType()
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LegalDocumentGraphType>>>>("expiredLegalBases")
            .Description("The cited documents not in force on the effective date; replace them, then publish again.")
            .Resolve(c => c.Source.ExpiredLegalBases);
        Field<NonNullGraphType<DateOnlyGraphType>>("on").Resolve(c => c.Source.On);
    }
}

public sealed class StepBudgetMismatchErrorGraphType : UserErrorGraphType<StepBudgetMismatchError>
{
    public StepBudgetMismatchErrorGraphType()
    {
        Field<NonNullGraphType<DecimalGraphType>>("expected").Description("The processing time.").Resolve(c => c.Source.Expected);
        Field<NonNullGraphType<DecimalGraphType>>("actual").Description("The sum of the step budgets.").Resolve(c => c.Source.Actual);
        Field<NonNullGraphType<ProcessingTimeUnitGraphType>>("unit").Resolve(c => c.Source.Unit);
    }
}

public sealed class CreateProcedureErrorGraphType : UnionGraphType
{
    public CreateProcedureErrorGraphType()
    {
        Name = "CreateProcedureError";
        Type<ValidationErrorGraphType>();
        Type<NotFoundErrorGraphType>();
        Type<StepBudgetMismatchErrorGraphType>();
    }
}

public sealed class UpdateProcedureDraftErrorGraphType : UnionGraphType
{
    public UpdateProcedureDraftErrorGraphType()
    {
        Name = "UpdateProcedureDraftError";
        Type<ValidationErrorGraphType>();
        Type<NotFoundErrorGraphType>();
        Type<StepBudgetMismatchErrorGraphType>();
        Type<ConcurrencyConflictErrorGraphType>();
    }
}

public sealed class PublishProcedureErrorGraphType : UnionGraphType
{
    public PublishProcedureErrorGraphType()
    {
        Name = "PublishProcedureError";
        Type<ValidationErrorGraphType>();
        Type<NotFoundErrorGraphType>();
        Type<CitesExpiredLawErrorGraphType>();
        Type<ConcurrencyConflictErrorGraphType>();
    }
}

public sealed class RetireProcedureErrorGraphType : UnionGraphType
{
    public RetireProcedureErrorGraphType()
    {
        Name = "RetireProcedureError";
        Type<ValidationErrorGraphType>();
        Type<NotFoundErrorGraphType>();
        Type<ConcurrencyConflictErrorGraphType>();
    }
}

public sealed class ImportProcedureItemErrorGraphType : UnionGraphType
{
    public ImportProcedureItemErrorGraphType()
    {
        Name = "ImportProcedureItemError";
        Type<ValidationErrorGraphType>();
        Type<NotFoundErrorGraphType>();
        Type<StepBudgetMismatchErrorGraphType>();
        Type<CitesExpiredLawErrorGraphType>();
        Type<ConcurrencyConflictErrorGraphType>();
    }
}

public sealed class ImportProceduresErrorGraphType : UnionGraphType
{
    public ImportProceduresErrorGraphType()
    {
        Name = "ImportProceduresError";
        Type<ValidationErrorGraphType>();
    }
}
