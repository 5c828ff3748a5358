using OneStop.Api.Features.Dossiers;
using OneStop.Api.Features.Satisfaction;
using OneStop.Api.Features.Surveys;

namespace OneStop.Api.Tests.Features.Satisfaction;

/// <summary>Index and interval arithmetic against hand-computed cases.</summary>
public sealed class IndexArithmeticTests
{
    private static DossierHandover Step(Lateness? result) => new() { ActorName = "x", StepResult = result };

    private static FollowUp Follow(string resolveBy, string? resolvedOn)
    {
        var f = new FollowUp { UnitPath = "/1/", Reason = "r", ResolveBy = DateOnly.Parse(resolveBy, System.Globalization.CultureInfo.InvariantCulture) };
        if (resolvedOn is not null)
            f.Resolve(DateTime.Parse(resolvedOn, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal), "L", "ok", upheld: false);
        return f;
    }

    [Theory]
    [InlineData(new[] { 0, 0 }, 2)]
    [InlineData(new[] { 0, 1 }, 1)]
    [InlineData(new[] { 1, 1 }, 1)]
    [InlineData(new[] { 0, 2 }, 0)]
    public void Unit_times_score_the_worst_step(int[] steps, int points) =>
        Assert.Equal(points, DossierIndices.UnitTimes([Step(null), .. steps.Select(s => Step((Lateness)s))]).Points);

    [Fact]
    public void Unit_times_without_timed_steps_is_no_data() => Assert.Null(DossierIndices.UnitTimes([Step(null)]).Points);

    [Fact]
    public void Feedback_handling_is_2_at_100_percent_1_from_90_percent_else_0()
    {
        var today = new DateOnly(2026, 12, 31);
        var onTime = Enumerable.Range(0, 9).Select(_ => Follow("2026-12-17", "2026-12-10T03:00:00Z")).ToList();
        Assert.Equal(2, DossierIndices.FeedbackHandling(onTime, today).Points);
        // 9 of 10 on time = 90% → 1; 8 of 10 → 0. Resolved on the local due day (23:00 UTC the day before + 7h) is on time.
        Assert.Equal(1, DossierIndices.FeedbackHandling([.. onTime, Follow("2026-12-17", "2026-12-18T03:00:00Z")], today).Points);
        Assert.Equal(2, DossierIndices.FeedbackHandling([Follow("2026-12-17", "2026-12-17T16:59:00Z")], today).Points);
        Assert.Equal(0, DossierIndices.FeedbackHandling([.. onTime.Take(8), Follow("2026-12-17", null), Follow("2026-12-17", null)], today).Points);
        // Not yet due and unresolved: no data.
        Assert.Null(DossierIndices.FeedbackHandling([Follow("2027-01-20", null)], today).Points);
    }

    [Theory]
    [InlineData(7, 10, 0.3968, 0.8922)]
    [InlineData(0, 10, 0.0, 0.2775)]
    [InlineData(10, 10, 0.7225, 1.0)]
    [InlineData(80, 100, 0.7112, 0.8666)]
    public void Wilson_interval_matches_hand_computation(int satisfied, int n, double low, double high)
    {
        var s = Share.Wilson(satisfied, n);
        Assert.Equal(low, s.Low!.Value, 3);
        Assert.Equal(high, s.High!.Value, 3);
    }

    [Fact]
    public void No_answers_is_no_data_not_zero() => Assert.Null(Share.Wilson(0, 0).Value);
}
