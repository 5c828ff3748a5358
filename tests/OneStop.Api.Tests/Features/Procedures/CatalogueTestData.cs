using System.Text.Json.Nodes;

namespace OneStop.Api.Tests.Features.Procedures;

/// <summary>Inputs and documents shared by the catalogue tests. Test procedures use codes 9.xxxxxx, which the seed never does.</summary>
internal static class CatalogueTestData
{
    public const string Admin = "admin@onestop.local";
    public const string Inspector = "inspector@onestop.local";
    public const string Receptionist = "receptionist.tamky@onestop.local";

    /// <summary>Sở Tư pháp in the demo tree.</summary>
    public const string JusticeDepartment = "000.00.03.H47";

    /// <summary>A valid content: 5 working days, steps 0.5 + 3 + 1 + 0.5.</summary>
    public static Dictionary<string, object?> Content(string name, string[]? legalBases = null, decimal[]? budgets = null) => new()
    {
        ["name"] = name,
        ["fieldCode"] = "TP-HT",
        ["levels"] = new[] { "PROVINCE" },
        ["applicantTypes"] = new[] { "CITIZEN" },
        ["processingTime"] = new { amount = 5, unit = "WORKING_DAYS" },
        ["cutOffHour"] = "15:00:00",
        ["onlineService"] = "FULL",
        ["legacyOnlineLevel"] = 4,
        ["fees"] = new[] { new { name = "Lệ phí đăng ký hộ tịch", amount = 8000, payerNotes = "Miễn cho hộ nghèo" } },
        ["requiredDocuments"] = new[] { new { name = "Tờ khai đăng ký", originals = 1, certifiedCopies = 0, copies = 0, formTemplate = "Mẫu số 01" } },
        ["resultDocuments"] = new[] { "Trích lục hộ tịch" },
        ["legalBasisNumbers"] = legalBases ?? ["60/2014/QH13", "123/2015/NĐ-CP"],
        ["steps"] = (budgets ?? [0.5m, 3m, 1m, 0.5m]).Select((b, i) => new { name = $"Bước {i + 1}", role = i == 2 ? "LEADER" : "SPECIALIST", unit = (string?)null, budget = b }).ToArray(),
        ["implementingUnitCodes"] = new[] { JusticeDepartment },
        ["receivingUnitCodes"] = new[] { "000.00.00.H47" },
    };

    public const string ProcedureFields = "id code number name status effectiveFrom effectiveTo revision citesExpiredLaw expiredLegalBases { number } legalBases { number }";

    private const string Common = "__typename ... on UserError { code message } ... on ValidationError { field }";
    private const string Conflict = "... on ConcurrencyConflictError { currentVersion }";
    private const string Budget = "... on StepBudgetMismatchError { expected actual unit }";
    private const string Expired = "... on CitesExpiredLawError { on expiredLegalBases { number replacedBy { number } } }";
    public const string CreateErrors = $"errors {{ {Common} {Budget} }}";
    public const string UpdateErrors = $"errors {{ {Common} {Budget} {Conflict} }}";
    public const string PublishErrors = $"errors {{ {Common} {Expired} {Conflict} }}";
    public const string Errors = $"errors {{ {Common} {Conflict} }}";

    public static async Task<JsonNode> CreateAsync(HttpClient admin, string code, Dictionary<string, object?> content) =>
        (await admin.DataAsync($$"""
            mutation($input: CreateProcedureInput!) { createProcedure(input: $input) { procedure { {{ProcedureFields}} } {{CreateErrors}} } }
            """, new { input = new { code, content } }))["createProcedure"]!;

    public static async Task<JsonNode> UpdateDraftAsync(HttpClient admin, string code, int expectedRevision, Dictionary<string, object?> content) =>
        (await admin.DataAsync($$"""
            mutation($input: UpdateProcedureDraftInput!) { updateProcedureDraft(input: $input) { procedure { {{ProcedureFields}} } {{UpdateErrors}} } }
            """, new { input = new { code, expectedRevision, content } }))["updateProcedureDraft"]!;

    public static async Task<JsonNode> PublishAsync(HttpClient admin, string code, int expectedRevision, string? effectiveFrom = null) =>
        (await admin.DataAsync($$"""
            mutation($input: PublishProcedureInput!) { publishProcedure(input: $input) { procedure { {{ProcedureFields}} } {{PublishErrors}} } }
            """, new { input = new { code, expectedRevision, effectiveFrom } }))["publishProcedure"]!;

    public static int Revision(this JsonNode payload) => payload["procedure"]!["revision"]!.GetValue<int>();

    public static JsonArray ErrorsOf(this JsonNode payload) => payload["errors"]!.AsArray();
}
