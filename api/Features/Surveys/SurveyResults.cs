namespace OneStop.Api.Features.Surveys;

/// <summary>A share with its 95% Wilson score interval; null share when nobody answered.</summary>
public sealed record Share(int Satisfied, int Answers, double? Value, double? Low, double? High)
{
    public const double Z = 1.959963984540054;

    /// <summary>
    /// Wilson score interval: centre (p + z²/2n)/(1 + z²/n), half-width z/(1 + z²/n)·√(p(1−p)/n + z²/4n²).
    /// </summary>
    public static Share Wilson(int satisfied, int n) => Wilson(satisfied, n, n == 0 ? null : (double)satisfied / n);

    public static Share Wilson(int satisfied, int n, double? p)
    {
        if (n == 0 || p is null) return new Share(satisfied, n, null, null, null);
        var z2 = Z * Z;
        var denominator = 1 + z2 / n;
        var centre = (p.Value + z2 / (2 * n)) / denominator;
        var half = Z / denominator * Math.Sqrt(p.Value * (1 - p.Value) / n + z2 / (4.0 * n * n));
        return new Share(satisfied, n, p, Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}

public sealed record CriterionResult(SurveyCriterion Criterion, Share Share);

public sealed record ElementResult(int Element, string Name, Share Share);

/// <summary>Results of one campaign: per criterion, element and overall; the previous period of the same unit for comparison.</summary>
public sealed record SurveyResults(
    SurveyCampaign Campaign,
    int Responses,
    IReadOnlyList<CriterionResult> Criteria,
    IReadOnlyList<ElementResult> Elements,
    Share Overall,
    SurveyResults? Previous)
{
    /// <summary>Resolution 30c/NQ-CP target: more than 80% satisfied (DOMAIN.md §7.1).</summary>
    public const double Target = 0.8;

    public double? ResponseRate => Campaign.Invited == 0 ? null : Math.Round((double)Responses / Campaign.Invited, 4);

    /// <summary>
    /// Criterion = share of valid answers scored 4 or 5; element = mean of its criteria; overall = mean of the five
    /// elements (DOMAIN.md §7.1, MED-LOW). Element and overall intervals are Wilson intervals with n = respondents who
    /// answered that part (answers of one person are not independent, so pooling all answers would be too narrow).
    /// </summary>
    public static SurveyResults Compute(SurveyCampaign campaign, IReadOnlyList<SurveyCriterion> criteria, IReadOnlyList<(long ResponseId, int CriterionId, int Score)> answers,
        int responses, SurveyResults? previous)
    {
        var byCriterion = answers.ToLookup(a => a.CriterionId);
        var perCriterion = criteria.OrderBy(c => c.Element).ThenBy(c => c.Ordinal)
            .Select(c => new CriterionResult(c, Share.Wilson(byCriterion[c.Id].Count(a => a.Score >= 4), byCriterion[c.Id].Count()))).ToList();
        var elements = perCriterion.GroupBy(c => (c.Criterion.Element, c.Criterion.ElementName)).Select(g =>
        {
            var ids = g.Select(c => c.Criterion.Id).ToHashSet();
            var respondents = answers.Where(a => ids.Contains(a.CriterionId)).Select(a => a.ResponseId).Distinct().Count();
            var shares = g.Where(c => c.Share.Value is not null).Select(c => c.Share.Value!.Value).ToList();
            double? mean = shares.Count == 0 ? null : shares.Average();
            return new ElementResult(g.Key.Element, g.Key.ElementName,
                Share.Wilson(mean is null ? 0 : (int)Math.Round(mean.Value * respondents), respondents, mean));
        }).ToList();
        var answered = elements.Where(e => e.Share.Value is not null).ToList();
        double? overall = answered.Count == 0 ? null : answered.Average(e => e.Share.Value!.Value);
        var overallShare = Share.Wilson(overall is null ? 0 : (int)Math.Round(overall.Value * responses), responses, overall);
        return new SurveyResults(campaign, responses, perCriterion, elements, overallShare, previous);
    }
}
