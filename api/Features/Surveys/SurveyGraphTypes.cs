using GraphQL.Types;
using OneStop.Api.Features.Satisfaction;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Surveys;

public sealed class ShareGraphType : ObjectGraphType<Share>
{
    public ShareGraphType()
    {
        Name = "Share";
        Description = "Share satisfied (0–1) with its 95% Wilson interval; value null when nobody answered (no data, not zero).";
        Field(s => s.Satisfied);
        Field(s => s.Answers).Description("Denominator (valid answers or respondents).");
        Field(s => s.Value, nullable: true);
        Field(s => s.Low, nullable: true);
        Field(s => s.High, nullable: true);
        Field<BooleanGraphType>("meetsTarget").Description("Above the 80% target (Resolution 30c/NQ-CP).")
            .Resolve(c => c.Source.Value is { } v ? v > SurveyResults.Target : null);
    }
}

public sealed class SurveyCriterionGraphType : ObjectGraphType<CriterionResult>
{
    public SurveyCriterionGraphType()
    {
        Name = "SurveyCriterionResult";
        Field<NonNullGraphType<StringGraphType>>("code").Resolve(c => c.Source.Criterion.Code);
        Field<NonNullGraphType<IntGraphType>>("element").Resolve(c => c.Source.Criterion.Element);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Criterion.Text);
        Field<NonNullGraphType<ShareGraphType>>("share").Resolve(c => c.Source.Share);
    }
}

public sealed class SurveyElementGraphType : ObjectGraphType<ElementResult>
{
    public SurveyElementGraphType()
    {
        Name = "SurveyElementResult";
        Field(e => e.Element);
        Field(e => e.Name);
        Field<NonNullGraphType<ShareGraphType>>("share").Resolve(c => c.Source.Share);
    }
}

public sealed class SurveyResultsGraphType : ObjectGraphType<SurveyResults>
{
    public SurveyResultsGraphType()
    {
        Name = "SurveyCampaign";
        Description = "A SIPAS campaign (unit and period) with its results.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(nameof(SurveyCampaign), c.Source.Campaign.Id));
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Campaign.Name);
        Field<NonNullGraphType<DateScalar>>("periodFrom").Resolve(c => c.Source.Campaign.PeriodFrom);
        Field<NonNullGraphType<DateScalar>>("periodTo").Resolve(c => c.Source.Campaign.PeriodTo);
        Field<NonNullGraphType<IntGraphType>>("sampleSize").Resolve(c => c.Source.Campaign.SampleSize);
        Field<NonNullGraphType<IntGraphType>>("invited").Resolve(c => c.Source.Campaign.Invited);
        Field(r => r.Responses);
        Field(r => r.ResponseRate, nullable: true).Description("Responses ÷ invitations.");
        Field<NonNullGraphType<FloatGraphType>>("target").Resolve(_ => SurveyResults.Target);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SurveyCriterionGraphType>>>>("criteria").Resolve(c => c.Source.Criteria);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SurveyElementGraphType>>>>("elements").Resolve(c => c.Source.Elements);
        Field<NonNullGraphType<ShareGraphType>>("overall").Resolve(c => c.Source.Overall);
        Field<SurveyResultsGraphType>("previous").Description("The same unit's previous campaign, for comparison.").Resolve(c => c.Source.Previous);
    }
}

public sealed record CreateSurveyCampaignInput(string Name, string UnitCode, DateOnly PeriodFrom, DateOnly PeriodTo, int SampleSize);

public sealed class CreateSurveyCampaignInputGraphType : InputObjectGraphType<CreateSurveyCampaignInput>
{
    public CreateSurveyCampaignInputGraphType()
    {
        Name = "CreateSurveyCampaignInput";
        Field(i => i.Name);
        Field(i => i.UnitCode);
        Field<NonNullGraphType<DateScalar>>("periodFrom");
        Field<NonNullGraphType<DateScalar>>("periodTo");
        Field(i => i.SampleSize).Description("Target number of responses.");
    }
}

public sealed record InviteToSurveyInput(string CampaignId, int Count);

public sealed class InviteToSurveyInputGraphType : InputObjectGraphType<InviteToSurveyInput>
{
    public InviteToSurveyInputGraphType()
    {
        Name = "InviteToSurveyInput";
        Field<NonNullGraphType<IdGraphType>>("campaignId");
        Field(i => i.Count).Description("1–500 invitations (links / QR codes).");
    }
}

public sealed class SurveyAnswerInputGraphType : InputObjectGraphType<SurveyAnswerInput>
{
    public SurveyAnswerInputGraphType()
    {
        Name = "SurveyAnswerInput";
        Field(i => i.CriterionCode).Description("e.g. 3.1");
        Field(i => i.Score).Description("1 rất không hài lòng … 5 rất hài lòng.");
    }
}

public sealed class SubmitSurveyResponseInputGraphType : InputObjectGraphType<SubmitSurveyResponseInput>
{
    public SubmitSurveyResponseInputGraphType()
    {
        Name = "SubmitSurveyResponseInput";
        Field(i => i.Token);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SurveyAnswerInputGraphType>>>>("answers");
    }
}

public sealed record SurveyPayload(SurveyResults? Campaign, IReadOnlyList<string>? Tokens, IReadOnlyList<Infrastructure.Errors.DomainError> Errors);

public abstract class SurveyPayloadGraphType : ObjectGraphType<SurveyPayload>
{
    protected SurveyPayloadGraphType(string name, bool tokens = false)
    {
        Name = name;
        Field<SurveyResultsGraphType>("campaign").Resolve(c => c.Source.Campaign);
        if (tokens) Field<ListGraphType<NonNullGraphType<StringGraphType>>>("tokens").Description("Invitation tokens, shown once.").Resolve(c => c.Source.Tokens);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SatisfactionErrorGraphType>>>>("errors").Resolve(c => c.Source.Errors);
    }
}

public sealed class CreateSurveyCampaignPayloadGraphType() : SurveyPayloadGraphType("CreateSurveyCampaignPayload");

public sealed class InviteToSurveyPayloadGraphType() : SurveyPayloadGraphType("InviteToSurveyPayload", tokens: true);

public sealed class SubmitSurveyResponsePayloadGraphType() : SurveyPayloadGraphType("SubmitSurveyResponsePayload");

/// <summary>What the public survey page shows for an invitation: no personal data, the campaign and its criteria.</summary>
public sealed record SurveyInvitationView(SurveyCampaign Campaign, string UnitName, bool Used, IReadOnlyList<SurveyCriterion> Criteria);

public sealed class SurveyQuestionGraphType : ObjectGraphType<SurveyCriterion>
{
    public SurveyQuestionGraphType()
    {
        Name = "SurveyQuestion";
        Description = "One SIPAS criterion, answered on the 5-point scale.";
        Field(q => q.Code).Description("e.g. 3.1");
        Field(q => q.Element);
        Field(q => q.ElementName);
        Field(q => q.Text);
    }
}

public sealed class SurveyInvitationGraphType : ObjectGraphType<SurveyInvitationView>
{
    public SurveyInvitationGraphType()
    {
        Name = "SurveyInvitation";
        Field<NonNullGraphType<StringGraphType>>("campaignName").Resolve(c => c.Source.Campaign.Name);
        Field<NonNullGraphType<StringGraphType>>("unitName").Resolve(c => c.Source.UnitName);
        Field<NonNullGraphType<DateScalar>>("periodFrom").Resolve(c => c.Source.Campaign.PeriodFrom);
        Field<NonNullGraphType<DateScalar>>("periodTo").Resolve(c => c.Source.Campaign.PeriodTo);
        Field(i => i.Used).Description("The invitation was already answered.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SurveyQuestionGraphType>>>>("questions").Resolve(c => c.Source.Criteria);
    }
}
