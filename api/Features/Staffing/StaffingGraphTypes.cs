using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using OneStop.Api.Features.Dossiers;
using OneStop.Api.Features.Units;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Staffing;

public sealed class OfficeGraphType : ObjectGraphType<Office>
{
    public OfficeGraphType()
    {
        Name = "Office";
        Description = "An office inside a unit (phòng, chi cục, văn phòng, one-stop desk, leadership) with its headcount quota.";
        this.AuthorizeWithPolicy(Policies.Authenticated);
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(nameof(Office), c.Source.Id));
        Field(o => o.Code);
        Field(o => o.Name);
        Field<NonNullGraphType<OfficeKindGraphType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<UnitGraphType>, IDataLoaderResult<Unit?>>("unit").Resolve(c => c.Service<UnitByIdLoader>().Load(c.Source.UnitId));
        Field(o => o.HeadcountQuota).Description("Biên chế công chức assigned to the office.");
        Field<NonNullGraphType<ProvinceClassGraphType>>("provinceClass").Resolve(c => c.Source.ProvinceClass);
        Field(o => o.InternalUnits).Description("Units inside a chi cục; 0 for other kinds.");
        Field(o => o.EstablishedOn);
        Field(o => o.DissolvedOn, nullable: true);
        Field(o => o.Version).Description("Optimistic concurrency version; send it back with updates.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssignmentGraphType>>>, IDataLoaderResult<IReadOnlyList<Assignment>>>("staff")
            .Description("Posts held in the office on a date (default today), heads first.")
            .Argument<DateScalar>("asOf")
            .Resolve(c =>
            {
                var asOf = c.GetArgument<DateOnly?>("asOf") ?? StaffingScope.Today(c.Service<TimeProvider>());
                return c.Service<AssignmentsByOfficeIdLoader>().Load(c.Source.Id)
                    .Then(list => (IReadOnlyList<Assignment>)[.. list.Where(a => a.ActiveOn(asOf)).OrderBy(a => a.Position).ThenBy(a => a.Id)]);
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssignmentGraphType>>>, IDataLoaderResult<IReadOnlyList<Assignment>>>("assignments")
            .Description("Every post ever held in the office, oldest first.")
            .Resolve(c => c.Service<AssignmentsByOfficeIdLoader>().Load(c.Source.Id));
    }
}

public sealed class PersonGraphType : ObjectGraphType<Person>
{
    public PersonGraphType()
    {
        Name = "Person";
        Description = "A person on the staffing register.";
        this.AuthorizeWithPolicy(Policies.Authenticated);
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(nameof(Person), c.Source.Id));
        Field(p => p.PersonKey).Description("Staff code (mã cán bộ); the import matches rows on it.");
        Field(p => p.FullName);
        Field<DateScalar>("dateOfBirth").Description("Personal data: null for viewers who see it masked (analysts); see birthYear.")
            .Resolve(c => c.Viewer().SeesPersonalData ? c.Source.DateOfBirth : null);
        Field<NonNullGraphType<IntGraphType>>("birthYear").Resolve(c => c.Source.DateOfBirth.Year);
        Field(p => p.SeniorityStart).Description("Start of service in the sector (thâm niên).");
        Field<NonNullGraphType<UnitGraphType>, IDataLoaderResult<Unit?>>("unit").Resolve(c => c.Service<UnitByIdLoader>().Load(c.Source.UnitId));
        Field(p => p.Version);
        Field<OfficerGraphType, IDataLoaderResult<Officer?>>("account").Description("The person's sign-in account, when linked.")
            .Resolve(c => c.Source.UserId is { } id ? c.Service<OfficerByIdLoader>().Load(id) : DataLoaderResultExtensions.Completed<Officer?>(null));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssignmentGraphType>>>, IDataLoaderResult<IReadOnlyList<Assignment>>>("assignments")
            .Description("Posts held, oldest first.")
            .Resolve(c => c.Service<AssignmentsByPersonIdLoader>().Load(c.Source.Id));
        Field<AssignmentGraphType, IDataLoaderResult<Assignment?>>("post")
            .Description("The post held on a date (default today); the most senior one when several.")
            .Argument<DateScalar>("asOf")
            .Resolve(c =>
            {
                var asOf = c.GetArgument<DateOnly?>("asOf") ?? StaffingScope.Today(c.Service<TimeProvider>());
                return c.Service<AssignmentsByPersonIdLoader>().Load(c.Source.Id)
                    .Then(list => list.Where(a => a.ActiveOn(asOf)).OrderBy(a => a.Position).FirstOrDefault());
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EmploymentGraphType>>>, IDataLoaderResult<IReadOnlyList<Employment>>>("employments")
            .Description("Employment terms (civil service, public employment, contracts), oldest first.")
            .Resolve(c => c.Service<EmploymentsByPersonIdLoader>().Load(c.Source.Id));
        Field<EmploymentGraphType, IDataLoaderResult<Employment?>>("employment")
            .Description("The employment term in force on a date (default today).")
            .Argument<DateScalar>("asOf")
            .Resolve(c =>
            {
                var asOf = c.GetArgument<DateOnly?>("asOf") ?? StaffingScope.Today(c.Service<TimeProvider>());
                return c.Service<EmploymentsByPersonIdLoader>().Load(c.Source.Id).Then(list => list.LastOrDefault(e => e.ActiveOn(asOf)));
            });
    }
}

public sealed class AssignmentGraphType : ObjectGraphType<Assignment>
{
    public AssignmentGraphType()
    {
        Name = "Assignment";
        Description = "A post held by a person in an office, from and to (inclusive).";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(nameof(Assignment), c.Source.Id));
        Field<PersonGraphType, IDataLoaderResult<Person?>>("person")
            .Description("Null when the person's record is kept by a unit outside the viewer's scope.")
            .Resolve(c => c.Service<PersonByIdLoader>().Load(c, c.Source.PersonId));
        Field<OfficeGraphType, IDataLoaderResult<Office?>>("office")
            .Description("Null when the office is outside the viewer's scope.")
            .Resolve(c => c.Service<OfficeByIdLoader>().Load(c, c.Source.OfficeId));
        Field<NonNullGraphType<PositionGraphType>>("position").Resolve(c => c.Source.Position);
        Field<NonNullGraphType<PostTypeGraphType>>("postType").Resolve(c => c.Source.PostType);
        Field(a => a.From);
        Field(a => a.To, nullable: true);
        Field(a => a.Version);
    }
}

public sealed class EmploymentGraphType : ObjectGraphType<Employment>
{
    public EmploymentGraphType()
    {
        Name = "Employment";
        Description = "An employment term: civil service, public employment, or a contract with its dates.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(nameof(Employment), c.Source.Id));
        Field<NonNullGraphType<EmploymentTypeGraphType>>("type").Resolve(c => c.Source.Type);
        Field<SupportJobGraphType>("supportJob").Resolve(c => c.Source.SupportJob);
        Field(e => e.Start);
        Field(e => e.End, nullable: true);
        Field(e => e.Version);
    }
}

public sealed class StaffingRuleGraphType : ObjectGraphType<StaffingRule>
{
    public StaffingRuleGraphType()
    {
        Name = "StaffingRule";
        Description = "One versioned row of a staffing rule, with its legal source and confidence.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(nameof(StaffingRule), c.Source.Id));
        Field<NonNullGraphType<StaffingRuleCodeGraphType>>("code").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<RuleTargetGraphType>>("target").Resolve(c => c.Source.Target);
        Field<ProvinceClassGraphType>("provinceClass").Description("Null: every class.").Resolve(c => c.Source.ProvinceClass);
        Field<RuleMeasureGraphType>("measure").Resolve(c => c.Source.Measure);
        Field(r => r.SizeFrom, nullable: true);
        Field(r => r.SizeTo, nullable: true);
        Field(r => r.Limit, nullable: true).Description("Minimum staff, maximum deputies, months or days, depending on the code.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("parameters")
            .Resolve(c => (c.Source.Parameters ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries));
        Field(r => r.EffectiveFrom);
        Field(r => r.EffectiveTo, nullable: true);
        Field(r => r.LegalSource);
        Field<NonNullGraphType<ConfidenceGraphType>>("confidence").Resolve(c => c.Source.Confidence);
        Field<NonNullGraphType<ComplianceStatusGraphType>>("breachStatus").Description("What a breach of this row gives.").Resolve(c => c.Source.BreachStatus);
        Field<NonNullGraphType<StringGraphType>>("text").Description("The rule in the request's language.")
            .Resolve(c => c.Language() == "en" ? c.Source.TextEn : c.Source.Text);
    }
}
