using System.Text;
using GraphQL.Types;

namespace OneStop.Api.Features.Staffing;

/// <summary>
/// An enum with CONSTANT_CASE names that split digits and acronyms as people read them
/// (<c>Contract173Labour</c> → <c>CONTRACT_173_LABOUR</c>, <c>ClassIIOrIII</c> → <c>CLASS_II_OR_III</c>).
/// </summary>
public abstract class StaffingEnumGraphType<TEnum> : EnumerationGraphType where TEnum : struct, Enum
{
    protected StaffingEnumGraphType(string description)
    {
        Name = typeof(TEnum).Name;
        Description = description;
        foreach (var value in Enum.GetValues<TEnum>()) Add(EnumNames.ConstantCase(value.ToString()), value);
    }
}

/// <summary>Enum value names for the schema.</summary>
public static class EnumNames
{
    public static string ConstantCase(string name)
    {
        var sb = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0)
            {
                var prev = name[i - 1];
                var next = i + 1 < name.Length ? name[i + 1] : '\0';
                var boundary = (char.IsUpper(c) && char.IsLower(prev))
                    || (char.IsDigit(c) != char.IsDigit(prev))
                    || (char.IsUpper(c) && char.IsUpper(prev) && char.IsLower(next));
                if (boundary) sb.Append('_');
            }
            sb.Append(char.ToUpperInvariant(c));
        }
        return sb.ToString();
    }
}

public sealed class OfficeKindGraphType() : StaffingEnumGraphType<OfficeKind>("Phòng (division), chi cục (sub-department), văn phòng (general office), one-stop desk, or a department's leadership.");

public sealed class ProvinceClassGraphType() : StaffingEnumGraphType<ProvinceClass>("Province class for the Decree 107/2020 thresholds: Hà Nội and HCMC (SPECIAL_CITY), class I, class II or III.");

public sealed class PositionGraphType() : StaffingEnumGraphType<Position>("Post held: director, deputy director, head, deputy head, or staff.");

public sealed class PostTypeGraphType() : StaffingEnumGraphType<PostType>("Professional (regular state-management work), a specialised non-recurring task, or support work.");

public sealed class EmploymentTypeGraphType() : StaffingEnumGraphType<EmploymentType>("Civil servant within quota, public employee (viên chức), support contract (Decree 111/2022), or a Decree 173/2025 labour or service contract.");

public sealed class SupportJobGraphType() : StaffingEnumGraphType<SupportJob>("Support job of a Decree 111/2022 contract.");

public sealed class StaffingRuleCodeGraphType() : StaffingEnumGraphType<StaffingRuleCode>("A staffing rule; its thresholds are versioned rows (StaffingRule).");

public sealed class RuleTargetGraphType() : StaffingEnumGraphType<RuleTarget>("Which offices a rule row applies to.");

public sealed class RuleMeasureGraphType() : StaffingEnumGraphType<RuleMeasure>("The figure a rule row's size range is compared with.");

public sealed class ConfidenceGraphType() : StaffingEnumGraphType<Confidence>("Confidence of the legal reading (DOMAIN.md): HIGH, MED, LOW, UNVERIFIED.");

public sealed class ComplianceStatusGraphType() : StaffingEnumGraphType<ComplianceStatus>("COMPLIANT, WARNING (e.g. a contract ending soon, or a rule not verified enough to accuse) or VIOLATION.");
