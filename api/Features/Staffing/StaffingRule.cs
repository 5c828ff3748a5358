namespace OneStop.Api.Features.Staffing;

/// <summary>
/// One row of a staffing rule, versioned by effective date and carrying its legal source and DOMAIN.md confidence
/// (DOMAIN.md §0, §5). The evaluator reads these rows; no threshold is written in code. Rows below MED confidence
/// are seeded with <see cref="BreachStatus"/> = Warning, so an unverified reading never reports a violation.
/// </summary>
public sealed class StaffingRule
{
    public int Id { get; init; }
    public required StaffingRuleCode Code { get; init; }
    public required RuleTarget Target { get; init; }

    /// <summary>Null: the row applies to every province class.</summary>
    public ProvinceClass? ProvinceClass { get; init; }

    /// <summary>What <see cref="SizeFrom"/>/<see cref="SizeTo"/> are compared with; null when the row has no size range.</summary>
    public RuleMeasure? Measure { get; init; }

    public int? SizeFrom { get; init; }
    public int? SizeTo { get; init; }

    /// <summary>The row's number: minimum staff, maximum deputies, months, or days, depending on <see cref="Code"/>.</summary>
    public int? Limit { get; init; }

    /// <summary>Comma-separated list parameter (e.g. the support jobs a 111/2022 contract may do).</summary>
    public string? Parameters { get; init; }

    public required DateOnly EffectiveFrom { get; init; }
    public DateOnly? EffectiveTo { get; init; }
    public required string LegalSource { get; init; }
    public required Confidence Confidence { get; init; }

    /// <summary>The status a breach of this row gives: Violation, or Warning for rows not verified enough to accuse anyone.</summary>
    public required ComplianceStatus BreachStatus { get; init; }

    public required string Text { get; init; }
    public required string TextEn { get; init; }

    public bool InForceOn(DateOnly date) => EffectiveFrom <= date && (EffectiveTo is null || EffectiveTo >= date);

    public bool Covers(int size) => (SizeFrom is null || size >= SizeFrom) && (SizeTo is null || size <= SizeTo);
}
