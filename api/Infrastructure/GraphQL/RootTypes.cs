using GraphQL;
using GraphQL.Types;
using OneStop.Api.Features.Attachments;
using OneStop.Api.Features.Calendar;
using OneStop.Api.Features.DeadlineAlerts;
using OneStop.Api.Features.Dossiers;
using OneStop.Api.Features.Identity;
using OneStop.Api.Features.LegalDocuments;
using OneStop.Api.Features.Procedures;
using OneStop.Api.Features.Satisfaction;
using OneStop.Api.Features.Reports;
using OneStop.Api.Features.Staffing;
using OneStop.Api.Features.Surveys;
using OneStop.Api.Features.Units;

namespace OneStop.Api.Infrastructure.GraphQL;

/// <summary>Root query: composes the features' root fields (STYLE.md R6).</summary>
public sealed class Query : ObjectGraphType
{
    public Query()
    {
        Name = "Query";
        this.AddNodeQueries();
        this.AddMeQuery();
        this.AddUnitQueries();
        this.AddHolidayQueries();
        this.AddProcedureQueries();
        this.AddLegalDocumentQueries();
        this.AddStaffingQueries();
        this.AddOfficerQueries();
        this.AddDossierQueries();
        this.AddDeadlineAlertQueries();
        this.AddSatisfactionQueries();
        this.AddSurveyQueries();
        this.AddSatisfactionReport();
        this.AddReportQueries();
    }
}

/// <summary>Root mutation: one field per business action.</summary>
public sealed class Mutation : ObjectGraphType
{
    public Mutation()
    {
        Name = "Mutation";
        this.AddUnitMutations();
        this.AddHolidayMutations();
        this.AddAttachmentMutations();
        this.AddProcedureMutations();
        this.AddLegalDocumentMutations();
        this.AddStaffingMutations();
        this.AddDossierMutations();
        this.AddDeadlineAlertMutations();
        this.AddSatisfactionMutations();
        this.AddSurveyMutations();
    }
}

/// <summary>Root subscription: streams over graphql-transport-ws.</summary>
public sealed class Subscription : ObjectGraphType
{
    public Subscription()
    {
        Name = "Subscription";
        this.AddUnitSubscriptions();
        this.AddDossierSubscriptions();
        this.AddDeadlineAlertSubscriptions();
        this.AddSatisfactionSubscriptions();
    }
}

public sealed class OneStopSchema : Schema
{
    public OneStopSchema(IServiceProvider services, Query query, Mutation mutation, Subscription subscription) : base(services)
    {
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        Description = "OneStop: administrative-procedure dossiers received, processed and returned on time.";
        RegisterTypeMapping(typeof(DateOnly), typeof(DateScalar));
        RegisterTypeMapping(typeof(DateTimeOffset), typeof(DateTimeScalar));
        // Introspection is free for the complexity analyzer (depth still counts); this also initializes the schema.
        this.WithIntrospectionComplexityImpact(0);
    }
}
