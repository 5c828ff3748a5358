using OneStop.Api.Features.Reports;

namespace OneStop.Api.Tests.Features.Reports;

public sealed class ReportPeriodTests
{
    [Theory]
    [InlineData(ReportPeriodKind.Quarter, 2026, 1, 15, "2025-12-15", "2026-03-14")]
    [InlineData(ReportPeriodKind.Quarter, 2026, 4, 15, "2026-09-15", "2026-12-14")]
    [InlineData(ReportPeriodKind.HalfYear, 2026, 1, 15, "2025-12-15", "2026-06-14")]
    [InlineData(ReportPeriodKind.HalfYear, 2026, 2, 15, "2026-06-15", "2026-12-14")]
    [InlineData(ReportPeriodKind.Year, 2026, 1, 15, "2025-12-15", "2026-12-14")]
    [InlineData(ReportPeriodKind.Quarter, 2026, 1, 1, "2026-01-01", "2026-03-31")]
    [InlineData(ReportPeriodKind.Quarter, 2024, 1, 1, "2024-01-01", "2024-03-31")]
    [InlineData(ReportPeriodKind.Year, 2026, 1, 1, "2026-01-01", "2026-12-31")]
    [InlineData(ReportPeriodKind.HalfYear, 2026, 2, 20, "2026-06-20", "2026-12-19")]
    public void Official_periods_follow_the_cut_off_day(ReportPeriodKind kind, int year, int number, int cutOff, string from, string to)
    {
        var p = ReportPeriods.Of(kind, year, number, cutOff);
        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), p.From);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), p.To);
    }

    [Fact]
    public void Consecutive_quarters_tile_the_year_without_gaps()
    {
        for (var cut = 1; cut <= 28; cut++)
        {
            var year = ReportPeriods.Of(ReportPeriodKind.Year, 2026, 1, cut);
            var quarters = Enumerable.Range(1, 4).Select(q => ReportPeriods.Of(ReportPeriodKind.Quarter, 2026, q, cut)).ToList();
            Assert.Equal(year.From, quarters[0].From);
            Assert.Equal(year.To, quarters[3].To);
            for (var q = 1; q < 4; q++) Assert.Equal(quarters[q - 1].To.AddDays(1), quarters[q].From);
        }
    }

    [Fact]
    public void The_window_ends_at_the_period_end_or_now()
    {
        var now = new DateTime(2026, 11, 26, 2, 0, 0, DateTimeKind.Utc);
        var past = ReportWindow.Of(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), now);
        Assert.Equal(new DateTime(2025, 12, 31, 17, 0, 0, DateTimeKind.Utc), past.Start);
        Assert.Equal(new DateTime(2026, 3, 31, 17, 0, 0, DateTimeKind.Utc), past.AsAt);
        Assert.Equal(new DateOnly(2026, 3, 31), past.AsAtDay);
        var running = ReportWindow.Of(new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31), now);
        Assert.Equal(now.AddTicks(1), running.AsAt);
        Assert.Equal(new DateOnly(2026, 11, 26), running.AsAtDay);
    }
}
