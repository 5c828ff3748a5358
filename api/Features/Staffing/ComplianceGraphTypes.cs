using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using OneStop.Api.Features.Units;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Staffing;

/// <summary>
/// Child multipliers for the complexity analyzer: the report is computed in full whatever is selected, so these
/// only keep a whole-province dashboard query (units → offices → results → people) under the limit.
/// </summary>
public static class ListImpact
{
    public const double Offices = 3;
    public const double Results = 3;
    public const double People = 1;
}

public sealed class StaffingFiguresGraphType : ObjectGraphType<StaffingFigures>
{
    public StaffingFiguresGraphType()
    {
        Name = "StaffingFigures";
        Description = "The numbers behind a result; null where they do not apply to the rule.";
        Field(f => f.HeadcountQuota);
        Field(f => f.StaffCount).Description("People holding a post on the date.");
        Field(f => f.CivilServants).Description("Of whom civil servants.");
        Field(f => f.Deputies, nullable: true);
        Field(f => f.AllowedDeputies, nullable: true);
        Field(f => f.MinimumStaff, nullable: true);
        Field(f => f.InternalUnits, nullable: true);
        Field(f => f.Offending, nullable: true).Description("People in breach (contracts in professional posts, desk officers below seniority…).");
    }
}

public sealed class RuleResultGraphType : ObjectGraphType<RuleResult>
{
    public RuleResultGraphType()
    {
        Name = "RuleResult";
        Description = "One rule applied to one office (or to the province), with the rule version used.";
        Field<NonNullGraphType<StaffingRuleGraphType>>("rule").Resolve(c => c.Source.Rule);
        Field<NonNullGraphType<ComplianceStatusGraphType>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<StringGraphType>>("message").Resolve(c => c.Language() == "en" ? c.Source.MessageEn : c.Source.Message);
        Field<NonNullGraphType<StaffingFiguresGraphType>>("figures").Resolve(c => c.Source.Figures);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonGraphType>>>, IDataLoaderResult<IReadOnlyList<Person>>>("people")
            .Description("The people in breach (the viewer's scope only).")
            .Resolve(c => c.Service<PersonByIdLoader>().LoadMany(c, c.Source.PersonIds))
            .FieldType.WithComplexityImpact(1, ListImpact.People);
    }
}

public sealed class RuleSummaryGraphType : ObjectGraphType<RuleSummary>
{
    public RuleSummaryGraphType()
    {
        Name = "RuleSummary";
        Description = "How many results of one rule are compliant, warnings or violations.";
        Field<NonNullGraphType<StaffingRuleCodeGraphType>>("code").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<ComplianceStatusGraphType>>("status").Resolve(c => c.Source.Status);
        Field(s => s.Compliant);
        Field(s => s.Warnings);
        Field(s => s.Violations);
    }
}

public sealed class OfficeComplianceGraphType : ObjectGraphType<OfficeCompliance>
{
    public OfficeComplianceGraphType()
    {
        Name = "OfficeCompliance";
        Field<NonNullGraphType<OfficeGraphType>>("office").Resolve(c => c.Source.Office);
        Field<NonNullGraphType<ComplianceStatusGraphType>>("status").Description("The worst result.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RuleResultGraphType>>>>("results").Resolve(c => c.Source.Results)
            .FieldType.WithComplexityImpact(1, ListImpact.Results);
    }
}

public sealed class UnitComplianceGraphType : ObjectGraphType<UnitCompliance>
{
    public UnitComplianceGraphType()
    {
        Name = "UnitCompliance";
        Field<NonNullGraphType<UnitGraphType>>("unit").Resolve(c => c.Source.Unit);
        Field<NonNullGraphType<ComplianceStatusGraphType>>("status").Resolve(c => c.Source.Status);
        Field(u => u.Violations);
        Field(u => u.Warnings);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RuleSummaryGraphType>>>>("rules").Resolve(c => c.Source.Rules)
            .FieldType.WithComplexityImpact(1, ListImpact.Results);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfficeComplianceGraphType>>>>("offices").Resolve(c => c.Source.Offices)
            .FieldType.WithComplexityImpact(1, ListImpact.Offices);
    }
}

public sealed class ComplianceTotalsGraphType : ObjectGraphType<ComplianceTotals>
{
    public ComplianceTotalsGraphType()
    {
        Name = "ComplianceTotals";
        Description = "Totals over the evaluated scope (the province for province-wide viewers), and province-level results.";
        Field(t => t.Units);
        Field(t => t.Offices);
        Field(t => t.People);
        Field(t => t.CompliantOffices);
        Field(t => t.WarningOffices);
        Field(t => t.ViolatingOffices);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RuleSummaryGraphType>>>>("rules").Resolve(c => c.Source.Rules);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RuleResultGraphType>>>>("results")
            .Description("Rules judged over the whole scope (e.g. deputy directors against the province's total).").Resolve(c => c.Source.Results);
    }
}

public sealed class StaffingComplianceGraphType : ObjectGraphType<StaffingCompliance>
{
    public StaffingComplianceGraphType()
    {
        Name = "StaffingCompliance";
        Field(s => s.AsOf);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitComplianceGraphType>>>>("units")
            .Description("Units with offices, violations first.").Resolve(c => c.Source.Units);
        Field<NonNullGraphType<ComplianceTotalsGraphType>>("totals").Resolve(c => c.Source.Totals);
    }
}
