using OneStop.Api.Features.Calendar;
using static OneStop.Api.Tests.Features.Calendar.DeadlineTestInput;

namespace OneStop.Api.Tests.Features.Calendar;

public sealed class DeadlineRulesTests
{
    private readonly DeadlineClassifier _classifier = new(WorkCalendar);

    // 5 WD received Tue 3 Mar 2026 10:00 → due Tue 10 Mar 17:00.
    private static DeadlineResult FiveDays() => Calculator().Calculate(Request("2026-03-03 10:00", "5 WD"));

    [Theory]
    [InlineData("2026-03-09 16:00", DeadlineState.Early)]
    [InlineData("2026-03-10 08:00", DeadlineState.OnTime)]
    [InlineData("2026-03-10 21:00", DeadlineState.OnTime)]
    [InlineData("2026-03-11 07:30", DeadlineState.Late)]
    public void Finished_dossiers_compare_dates_for_day_periods(string finished, DeadlineState expected) =>
        Assert.Equal(expected, _classifier.Classify(FiveDays(), Instant(finished), Instant(finished)));

    [Theory]
    [InlineData("2026-03-03 16:00", DeadlineState.Early)]
    [InlineData("2026-03-04 09:00", DeadlineState.OnTime)]
    [InlineData("2026-03-04 10:00", DeadlineState.OnTime)]
    [InlineData("2026-03-04 10:01", DeadlineState.Late)]
    public void Finished_dossiers_compare_instants_for_working_hours(string finished, DeadlineState expected)
    {
        // 8 WH from Tue 3 Mar 10:00 → Wed 4 Mar 10:00.
        var deadline = Calculator().Calculate(Request("2026-03-03 10:00", "8 WH"));
        Assert.Equal(expected, _classifier.ClassifyFinished(deadline, Instant(finished)));
    }

    [Theory]
    [InlineData("2026-03-09 16:00", 1, DeadlineState.WithinDeadline)]
    [InlineData("2026-03-09 17:30", 1, DeadlineState.DueSoon)]
    [InlineData("2026-03-10 16:59", 1, DeadlineState.DueSoon)]
    [InlineData("2026-03-10 23:00", 1, DeadlineState.DueSoon)]
    [InlineData("2026-03-11 00:01", 1, DeadlineState.Overdue)]
    [InlineData("2026-03-06 16:00", 3, DeadlineState.DueSoon)]
    [InlineData("2026-03-06 16:00", 2, DeadlineState.WithinDeadline)]
    public void Open_dossiers_warn_inside_the_configurable_window(string now, int window, DeadlineState expected) =>
        Assert.Equal(expected, _classifier.Classify(FiveDays(), null, Instant(now), window));

    [Fact]
    public void Steps_allocate_working_time_consecutively_and_end_at_the_appointment()
    {
        var deadline = FiveDays();
        var steps = new StepScheduler(WorkCalendar).Schedule(deadline.ClockStartsAt,
            [ProcessingTime.WorkingDays(1), ProcessingTime.WorkingHours(4), ProcessingTime.WorkingDays(3.5m)]);

        Assert.Equal(
            ["2026-03-04 17:00", "2026-03-05 11:00", "2026-03-10 17:00"],
            steps.Select(s => Local(s.DueAt)));
        Assert.Equal(["2026-03-04 07:00", "2026-03-05 07:00", "2026-03-05 11:00"], steps.Select(s => Local(s.StartsAt)));
        Assert.Equal(deadline.AppointmentAt, steps[^1].DueAt);
    }

    [Fact]
    public void Steps_skip_tet_2026()
    {
        var steps = new StepScheduler(WorkCalendar).Schedule(Instant("2026-02-13 13:30"),
            [ProcessingTime.WorkingHours(4), ProcessingTime.WorkingDays(1)]);

        Assert.Equal(["2026-02-23 07:30", "2026-02-24 07:30"], steps.Select(s => Local(s.DueAt)));
    }

    [Fact]
    public void Invalid_requests_are_rejected()
    {
        var calculator = Calculator();
        Assert.Throws<ArgumentException>(() => calculator.Calculate(Request("2026-03-03 10:00", "1.5 CD")));
        Assert.Throws<ArgumentOutOfRangeException>(() => calculator.Calculate(Request("2026-03-03 10:00", "-1 WD")));
        Assert.Throws<ArgumentException>(() => calculator.Calculate(Request("2026-03-03 10:00", "5 WD", "", "2026-03-02 10:00>2026-03-04 10:00 SHIFT")));
        Assert.Throws<ArgumentException>(() => calculator.Calculate(
            Request("2026-03-03 10:00", "5 WD", "", "2026-03-04 10:00>2026-03-06 10:00 SHIFT; 2026-03-05 10:00>2026-03-09 10:00 SHIFT")));
    }
}
