using OneStop.Api.Features.Staffing;
using OneStop.Api.Features.Units;
using static OneStop.Api.Tests.Features.Staffing.StaffingArrange;

namespace OneStop.Api.Tests.Features.Staffing;

/// <summary>Every rule row, table-driven, read over HTTP from <c>staffingCompliance</c>.</summary>
public sealed class StaffingRuleTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    /// <summary>While Decree 107/2020 is in force (HIGH).</summary>
    private static readonly DateOnly In2024 = new(2024, 6, 30);

    /// <summary>After 150/2025 took effect and the district level ended.</summary>
    private static readonly DateOnly In2025 = new(2025, 7, 1);

    /// <summary>Decree 107/2020 deputy-head table: sizes 7/8/9/10/14/15 for each class → allowed deputies.</summary>
    public static TheoryData<ProvinceClass, int, int> DeputyTable => new()
    {
        { ProvinceClass.SpecialCity, 7, 1 }, { ProvinceClass.SpecialCity, 8, 1 }, { ProvinceClass.SpecialCity, 9, 1 },
        { ProvinceClass.SpecialCity, 10, 2 }, { ProvinceClass.SpecialCity, 14, 2 }, { ProvinceClass.SpecialCity, 15, 3 },
        { ProvinceClass.ClassI, 7, 1 }, { ProvinceClass.ClassI, 8, 1 }, { ProvinceClass.ClassI, 9, 2 },
        { ProvinceClass.ClassI, 10, 2 }, { ProvinceClass.ClassI, 14, 2 }, { ProvinceClass.ClassI, 15, 3 },
        { ProvinceClass.ClassIIOrIII, 7, 1 }, { ProvinceClass.ClassIIOrIII, 8, 2 }, { ProvinceClass.ClassIIOrIII, 9, 2 },
        { ProvinceClass.ClassIIOrIII, 10, 2 }, { ProvinceClass.ClassIIOrIII, 14, 2 }, { ProvinceClass.ClassIIOrIII, 15, 3 },
    };

    [Theory]
    [MemberData(nameof(DeputyTable))]
    public async Task Deputy_heads_of_a_department_division_follow_the_107_table(ProvinceClass cls, int quota, int allowed)
    {
        var (atCap, _) = await OfficeAsync(factory, UnitKind.Department, OfficeKind.Division, cls, quota, Deputies(allowed));
        var ok = (await ResultsAsync(factory, atCap, In2024)).Result("MAX_DEPUTY_HEADS")!;
        Assert.Equal("COMPLIANT", ok.Status());
        Assert.Equal(allowed, ok["figures"]!["allowedDeputies"]!.GetValue<int>());
        Assert.Equal("HIGH", ok["rule"]!["confidence"]!.GetValue<string>());
        Assert.StartsWith("Nghị định 107/2020", ok["rule"]!["legalSource"]!.GetValue<string>(), StringComparison.Ordinal);

        var (over, _) = await OfficeAsync(factory, UnitKind.Department, OfficeKind.Division, cls, quota, Deputies(allowed + 1));
        var bad = (await ResultsAsync(factory, over, In2024)).Result("MAX_DEPUTY_HEADS")!;
        Assert.Equal("VIOLATION", bad.Status());
        Assert.Equal(allowed + 1, bad["figures"]!["deputies"]!.GetValue<int>());
        Assert.Equal(allowed + 1, bad["people"]!.AsArray().Count);
    }

    [Theory]
    [InlineData(ProvinceClass.SpecialCity, 6, "VIOLATION")]
    [InlineData(ProvinceClass.SpecialCity, 7, "COMPLIANT")]
    [InlineData(ProvinceClass.ClassI, 5, "VIOLATION")]
    [InlineData(ProvinceClass.ClassI, 6, "COMPLIANT")]
    [InlineData(ProvinceClass.ClassIIOrIII, 4, "VIOLATION")]
    [InlineData(ProvinceClass.ClassIIOrIII, 5, "COMPLIANT")]
    public async Task Minimum_posts_to_set_up_a_division_depend_on_the_province_class(ProvinceClass cls, int quota, string expected)
    {
        var (unit, _) = await OfficeAsync(factory, UnitKind.Department, OfficeKind.GeneralOffice, cls, quota, Deputies(1));
        var result = (await ResultsAsync(factory, unit, In2024)).Result("MIN_STAFF")!;
        Assert.Equal(expected, result.Status());
        Assert.Equal(quota, result["figures"]!["headcountQuota"]!.GetValue<int>());
    }

    [Theory]
    [InlineData(11, "VIOLATION")]
    [InlineData(12, "COMPLIANT")]
    public async Task A_sub_department_needs_twelve_posts(int quota, string expected)
    {
        var (unit, _) = await OfficeAsync(factory, UnitKind.Department, OfficeKind.SubDepartment, ProvinceClass.ClassI, quota, Deputies(1), internalUnits: 3);
        Assert.Equal(expected, (await ResultsAsync(factory, unit, In2024)).Result("MIN_STAFF").Status());
    }

    [Theory]
    [InlineData(3, 1, "COMPLIANT")]
    [InlineData(3, 2, "WARNING")]
    [InlineData(4, 2, "COMPLIANT")]
    [InlineData(4, 3, "WARNING")]
    public async Task Sub_department_deputies_by_internal_units_only_warn_because_the_rule_is_LOW(int units, int deputies, string expected)
    {
        var (unit, _) = await OfficeAsync(factory, UnitKind.Department, OfficeKind.SubDepartment, ProvinceClass.ClassI, 12, Deputies(deputies), internalUnits: units);
        var result = (await ResultsAsync(factory, unit, In2024)).Result("MAX_DEPUTY_HEADS")!;
        Assert.Equal(expected, result.Status());
        Assert.Equal("LOW", result["rule"]!["confidence"]!.GetValue<string>());
        Assert.Equal(units, result["figures"]!["internalUnits"]!.GetValue<int>());
    }

    [Theory]
    [InlineData(9, 2, "COMPLIANT")]
    [InlineData(9, 3, "WARNING")]
    [InlineData(10, 3, "COMPLIANT")]
    [InlineData(10, 4, "WARNING")]
    public async Task District_offices_use_the_unverified_108_reading_and_only_warn(int quota, int deputies, string expected)
    {
        var (unit, _) = await OfficeAsync(factory, UnitKind.District, OfficeKind.Division, ProvinceClass.ClassI, quota, Deputies(deputies));
        var result = (await ResultsAsync(factory, unit, In2024)).Result("MAX_DEPUTY_HEADS")!;
        Assert.Equal(expected, result.Status());
        Assert.Equal("UNVERIFIED", result["rule"]!["confidence"]!.GetValue<string>());
        Assert.Null((await ResultsAsync(factory, unit, In2025)).Result("MAX_DEPUTY_HEADS"));
    }

    [Fact]
    public async Task After_16_June_2025_the_107_thresholds_are_carried_by_unverified_150_2025_rows_that_warn()
    {
        var (unit, _) = await OfficeAsync(factory, UnitKind.Department, OfficeKind.Division, ProvinceClass.ClassI, 9, Deputies(3));
        Assert.Equal("VIOLATION", (await ResultsAsync(factory, unit, new DateOnly(2025, 6, 15))).Result("MAX_DEPUTY_HEADS").Status());
        var later = (await ResultsAsync(factory, unit, new DateOnly(2025, 6, 16))).Result("MAX_DEPUTY_HEADS")!;
        Assert.Equal("WARNING", later.Status());
        Assert.Equal("UNVERIFIED", later["rule"]!["confidence"]!.GetValue<string>());
        Assert.Contains("150/2025", later["rule"]!["legalSource"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ProvinceClass.ClassI, 3, "COMPLIANT")]
    [InlineData(ProvinceClass.ClassI, 4, "WARNING")]
    [InlineData(ProvinceClass.SpecialCity, 4, "COMPLIANT")]
    [InlineData(ProvinceClass.SpecialCity, 5, "WARNING")]
    public async Task Deputy_directors_above_the_average_warn_per_department(ProvinceClass cls, int deputies, string expected)
    {
        var (unit, _) = await OfficeAsync(factory, UnitKind.Department, OfficeKind.Leadership, cls, deputies + 1, Deputies(deputies, Position.DeputyDirector));
        var result = (await ResultsAsync(factory, unit, In2024)).Result("MAX_DEPUTY_DIRECTORS")!;
        Assert.Equal(expected, result.Status());
        Assert.Equal("MED", result["rule"]!["confidence"]!.GetValue<string>());
    }

    [Fact]
    public async Task Deputy_directors_are_judged_against_the_province_total()
    {
        var (unit, _) = await OfficeAsync(factory, UnitKind.Department, OfficeKind.Leadership, ProvinceClass.ClassI, 5, Deputies(4, Position.DeputyDirector));
        var client = await factory.ClientAsync("inspector@onestop.local");
        var total = (await ComplianceAsync(client, unit, In2024))["totals"]!["results"]![0]!;
        Assert.Equal("VIOLATION", total.Status());
        Assert.Equal(4, total["figures"]!["deputies"]!.GetValue<int>());
        Assert.Equal(3, total["figures"]!["allowedDeputies"]!.GetValue<int>());
    }

    public static TheoryData<string, StaffSpec, string, string?> ContractCases => new()
    {
        { "111 contract in a professional post", new(Position.Staff, PostType.Professional, EmploymentType.SupportContract111, Job: SupportJob.Driver), "SUPPORT_CONTRACT_JOBS", "VIOLATION" },
        { "111 contract driving", new(Position.Staff, PostType.Support, EmploymentType.SupportContract111, Job: SupportJob.Driver), "SUPPORT_CONTRACT_JOBS", "COMPLIANT" },
        { "public employee in a professional post", new(Position.Staff, PostType.Professional, EmploymentType.PublicEmployee), "PUBLIC_EMPLOYEE_PROFESSIONAL_WORK", "VIOLATION" },
        { "public employee in support", new(Position.Staff, PostType.Support, EmploymentType.PublicEmployee), "PUBLIC_EMPLOYEE_PROFESSIONAL_WORK", "COMPLIANT" },
        { "173 labour, 24 months", new(Position.Staff, PostType.SpecialisedTask, EmploymentType.Contract173Labour, new DateOnly(2025, 9, 1), new DateOnly(2027, 8, 31)), "CONTRACT_173_TERM", "COMPLIANT" },
        { "173 labour, 24 months and a day", new(Position.Staff, PostType.SpecialisedTask, EmploymentType.Contract173Labour, new DateOnly(2025, 9, 1), new DateOnly(2027, 9, 1)), "CONTRACT_173_TERM", "VIOLATION" },
        { "173 service in routine work", new(Position.Staff, PostType.Professional, EmploymentType.Contract173Service, new DateOnly(2025, 9, 1), new DateOnly(2026, 8, 31)), "CONTRACT_173_ROUTINE_WORK", "VIOLATION" },
        { "173 labour on a task", new(Position.Staff, PostType.SpecialisedTask, EmploymentType.Contract173Labour, new DateOnly(2025, 9, 1), new DateOnly(2026, 8, 31)), "CONTRACT_173_ROUTINE_WORK", "COMPLIANT" },
        { "contract ending in 30 days", new(Position.Staff, PostType.SpecialisedTask, EmploymentType.Contract173Labour, new DateOnly(2025, 9, 1), new DateOnly(2025, 10, 31)), "CONTRACT_ENDING", "WARNING" },
        { "contract ending in 31 days", new(Position.Staff, PostType.SpecialisedTask, EmploymentType.Contract173Labour, new DateOnly(2025, 9, 1), new DateOnly(2025, 11, 1)), "CONTRACT_ENDING", "COMPLIANT" },
        { "111 contract before 111/2022", new(Position.Staff, PostType.Professional, EmploymentType.SupportContract111, Job: SupportJob.Guard), "SUPPORT_CONTRACT_JOBS@2023-02-21", null },
    };

    [Theory]
    [MemberData(nameof(ContractCases))]
    public async Task Contract_and_employment_rules(string name, StaffSpec staff, string rule, string? expected)
    {
        Assert.False(string.IsNullOrEmpty(name));
        var parts = rule.Split('@');
        var asOf = parts.Length > 1 ? DateOnly.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : new DateOnly(2025, 10, 1);
        var (unit, _) = await OfficeAsync(factory, UnitKind.Department, OfficeKind.Division, ProvinceClass.ClassI, 8, [new(Position.Head), staff]);
        var result = (await ResultsAsync(factory, unit, asOf)).Result(parts[0]);
        if (expected is null)
        {
            Assert.Null(result);
            return;
        }
        Assert.Equal(expected, result.Status());
        Assert.Equal(expected == "COMPLIANT" ? 0 : 1, result!["figures"]!["offending"]!.GetValue<int>());
    }

    [Theory]
    [InlineData(23, "WARNING")]
    [InlineData(24, "COMPLIANT")]
    public async Task One_stop_desk_seniority_is_a_LOW_configurable_warning(int months, string expected)
    {
        var asOf = new DateOnly(2026, 11, 26);
        var (unit, _) = await OfficeAsync(factory, UnitKind.District, OfficeKind.OneStopDesk, ProvinceClass.ClassI, 5,
            [new(Position.Staff, Seniority: asOf.AddMonths(-months))]);
        var result = (await ResultsAsync(factory, unit, asOf)).Result("DESK_SENIORITY")!;
        Assert.Equal(expected, result.Status());
        Assert.Equal("LOW", result["rule"]!["confidence"]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_rule_row_carries_its_source_confidence_and_dates()
    {
        var client = await factory.ClientAsync("analyst@onestop.local");
        var rules = (await client.DataAsync("{ staffingRules { code confidence breachStatus legalSource effectiveFrom effectiveTo text } }"))["staffingRules"]!.AsArray();
        Assert.Equal(StaffingRuleCatalogue.All.Count, rules.Count);
        Assert.All(rules, r => Assert.False(string.IsNullOrWhiteSpace(r!["legalSource"]!.GetValue<string>())));
        // Rows below MED confidence never accuse anyone of a violation.
        Assert.All(rules.Where(r => r!["confidence"]!.GetValue<string>() is "LOW" or "UNVERIFIED"),
            r => Assert.Equal("WARNING", r!["breachStatus"]!.GetValue<string>()));
        var inForce = (await client.DataAsync("{ staffingRules(asOf: \"2026-01-01\", code: MAX_DEPUTY_HEADS) { legalSource } }"))["staffingRules"]!.AsArray();
        Assert.All(inForce, r => Assert.Contains("150/2025", r!["legalSource"]!.GetValue<string>(), StringComparison.Ordinal));
    }
}
