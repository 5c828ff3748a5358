namespace OneStop.Api.Features.Surveys;

/// <summary>A versioned SIPAS questionnaire: its 22 criteria in 5 elements are rows, so a new scheme is a new version.</summary>
public sealed class SurveyQuestionnaire
{
    public int Id { get; init; }
    public required string Code { get; init; }
    public int Version { get; init; }
    public required string Name { get; init; }
    public DateOnly EffectiveFrom { get; init; }
    public List<SurveyCriterion> Criteria { get; init; } = [];
}

/// <summary>One criterion, answered on the 5-point scale (1 rất không hài lòng … 5 rất hài lòng).</summary>
public sealed class SurveyCriterion
{
    public int Id { get; init; }
    public int QuestionnaireId { get; init; }
    public int Element { get; init; }
    public required string ElementName { get; init; }
    public required string Code { get; init; }
    public int Ordinal { get; init; }
    public required string Text { get; init; }
}

/// <summary>A survey campaign for one unit and period, with its target sample size.</summary>
public sealed class SurveyCampaign
{
    public long Id { get; init; }
    public required string Name { get; init; }
    public int UnitId { get; init; }
    public required string UnitPath { get; init; }
    public int QuestionnaireId { get; init; }
    public DateOnly PeriodFrom { get; init; }
    public DateOnly PeriodTo { get; init; }
    public int SampleSize { get; init; }
    public int Invited { get; set; }
    public DateTime CreatedAt { get; init; }
}

/// <summary>A per-invitation token (only its hash stored). Answers are not linked to it: the response stays anonymous.</summary>
public sealed class SurveyInvitation
{
    public long Id { get; init; }
    public long CampaignId { get; init; }
    public required string Hash { get; init; }
    public DateTime IssuedAt { get; init; }
    public DateTime? UsedAt { get; set; }
}

public sealed class SurveyResponse
{
    public long Id { get; init; }
    public long CampaignId { get; init; }
    public DateTime SubmittedAt { get; init; }
    public List<SurveyAnswer> Answers { get; init; } = [];
}

public sealed class SurveyAnswer
{
    public long Id { get; init; }
    public long ResponseId { get; init; }
    public int CriterionId { get; init; }
    public int Score { get; init; }
}
