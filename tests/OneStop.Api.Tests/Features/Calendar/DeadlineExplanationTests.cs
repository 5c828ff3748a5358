using OneStop.Api.Features.Calendar;
using static OneStop.Api.Tests.Features.Calendar.DeadlineTestInput;

namespace OneStop.Api.Tests.Features.Calendar;

public sealed class DeadlineExplanationTests
{
    [Fact]
    public void Vietnamese_text_lists_every_skipped_day_of_tet_2026()
    {
        var result = Calculator().Calculate(Request("2026-02-12 10:00", "5 WD"));

        Assert.Equal(
            """
            Tiếp nhận hồ sơ lúc 10:00 ngày 12/02/2026.
            Ngày tiếp nhận 12/02/2026 không tính vào thời hạn (Bộ luật Dân sự 2015, Điều 147).
            Không tính ngày 14/02/2026: nghỉ cuối tuần (Thứ Bảy).
            Không tính ngày 15/02/2026: nghỉ cuối tuần (Chủ nhật).
            Không tính ngày 16/02/2026: Tết Nguyên đán (ngày cuối năm âm lịch).
            Không tính ngày 17/02/2026: Tết Nguyên đán (mùng 1).
            Không tính ngày 18/02/2026: Tết Nguyên đán (mùng 2).
            Không tính ngày 19/02/2026: Tết Nguyên đán (mùng 3).
            Không tính ngày 20/02/2026: Tết Nguyên đán (mùng 4).
            Không tính ngày 21/02/2026: nghỉ cuối tuần (Thứ Bảy).
            Không tính ngày 22/02/2026: nghỉ cuối tuần (Chủ nhật).
            Hẹn trả kết quả lúc 17:00 ngày 26/02/2026.
            """,
            result.ToText());
    }

    [Fact]
    public void English_text_explains_cut_off_and_restart()
    {
        var result = Calculator().Calculate(Request("2026-03-03 15:30", "1 WD", "15:00", "2026-03-04 10:00>2026-03-09 10:00 RESTART"));

        Assert.Equal(
            """
            Dossier received at 15:30, 3 Mar 2026.
            Received after the 15:00 cut-off on 3 Mar 2026: moved to the next working day, 07:00, 4 Mar 2026.
            Paused from 4 Mar 2026 to 9 Mar 2026 (Chờ bổ sung hồ sơ): the period restarts from 10:00, 9 Mar 2026.
            The day of receipt, 9 Mar 2026, is not counted (Civil Code 2015, art. 147).
            Result due at 17:00, 10 Mar 2026.
            """,
            result.ToText("en"));
    }

    [Fact]
    public void Calendar_days_explain_a_last_day_on_a_compensatory_day()
    {
        var result = Calculator().Calculate(Request("2026-04-20 10:00", "7 CD"));

        var line = Assert.Single(result.Explanation, l => l.Kind == ExplanationKind.PeriodEndsOnDayOff);
        Assert.Equal(new DateOnly(2026, 4, 27), line.Date);
        Assert.Equal(
            "Ngày cuối của thời hạn 27/04/2026 là ngày nghỉ (Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)): thời hạn kết thúc vào ngày làm việc tiếp theo (Bộ luật Dân sự 2015, Điều 148).",
            line.ToText("vi"));
    }

    [Fact]
    public void Shift_pause_line_carries_the_amount_in_both_languages()
    {
        var result = Calculator().Calculate(Request("2026-03-03 07:00", "8 WH", "", "2026-03-03 10:00>2026-03-03 14:00 SHIFT"));

        var line = Assert.Single(result.Explanation, l => l.Kind == ExplanationKind.PauseShifted);
        Assert.Equal((2m, TimeUnit.WorkingHours), (line.Amount, line.Unit));
        Assert.Equal("Tạm dừng từ 03/03/2026 đến 03/03/2026 (Chờ bổ sung hồ sơ): thời hạn lùi thêm 2 giờ làm việc.", line.ToText("vi"));
        Assert.Equal("Paused from 3 Mar 2026 to 3 Mar 2026 (Chờ bổ sung hồ sơ): the deadline moves by 2 working hours.", line.ToText("en"));
    }

    [Fact]
    public void Lines_are_structured_and_in_date_order()
    {
        var result = Calculator().Calculate(Request("2026-03-07 10:00", "1 WD"));

        Assert.Equal(
            [ExplanationKind.Received, ExplanationKind.ReceivedOnDayOff, ExplanationKind.DayOfReceiptNotCounted, ExplanationKind.Appointment],
            result.Explanation.Select(l => l.Kind));
        Assert.Equal(DayOffKind.Weekend, result.Explanation[1].DayOff!.Kind);
        Assert.Equal(result.Explanation.Select(l => l.Date).Order(), result.Explanation.Select(l => l.Date));
    }

    [Fact]
    public void Open_pause_makes_the_result_provisional_and_says_so()
    {
        var result = Calculator().Calculate(Request("2026-03-03 10:00", "5 WD", "", "2026-03-04 10:00>open SHIFT"));

        Assert.True(result.IsProvisional);
        Assert.Contains(result.Explanation, l => l.Kind == ExplanationKind.PauseOpen && l.Until == new DateOnly(2026, 3, 6));
        Assert.Contains("provisional deadline as if it ended on 6 Mar 2026", result.ToText("en"), StringComparison.Ordinal);
    }
}
