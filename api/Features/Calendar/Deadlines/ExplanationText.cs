using System.Globalization;

namespace OneStop.Api.Features.Calendar;

// Renders explanation lines. Vietnamese uses dd/MM/yyyy (the format printed on receipt slips);
// English uses "d MMM yyyy" so day and month cannot be confused.
internal static class ExplanationText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Render(ExplanationLine line, string culture)
    {
        var en = DayOff.IsEnglish(culture);
        var d = Day(line.Date, en);
        var at = line.At is { } instant ? Instant(instant, en) : "";
        var off = line.DayOff?.ToText(culture) ?? "";
        var until = line.Until is { } u ? Day(u, en) : "";
        var amount = line.Amount is { } a ? Amount(a, line.Unit, en) : "";
        var cutOff = line.CutOff?.ToString("HH:mm", Invariant) ?? "";
        return (line.Kind, en) switch
        {
            (ExplanationKind.Received, false) => $"Tiếp nhận hồ sơ lúc {at}.",
            (ExplanationKind.Received, true) => $"Dossier received at {at}.",
            (ExplanationKind.ReceivedOnDayOff, false) => $"Ngày {d} là ngày nghỉ ({off}): coi như tiếp nhận lúc {at}.",
            (ExplanationKind.ReceivedOnDayOff, true) => $"{d} is a day off ({off}): treated as received at {at}.",
            (ExplanationKind.OutsideOfficeHours, false) => $"Tiếp nhận ngoài giờ hành chính ngày {d}: coi như tiếp nhận lúc {at}.",
            (ExplanationKind.OutsideOfficeHours, true) => $"Received outside office hours on {d}: treated as received at {at}.",
            (ExplanationKind.AfterCutOff, false) => $"Tiếp nhận sau {cutOff} ngày {d}: chuyển sang ngày làm việc tiếp theo, {at}.",
            (ExplanationKind.AfterCutOff, true) => $"Received after the {cutOff} cut-off on {d}: moved to the next working day, {at}.",
            (ExplanationKind.DayOfReceiptNotCounted, false) => $"Ngày tiếp nhận {d} không tính vào thời hạn (Bộ luật Dân sự 2015, Điều 147).",
            (ExplanationKind.DayOfReceiptNotCounted, true) => $"The day of receipt, {d}, is not counted (Civil Code 2015, art. 147).",
            (ExplanationKind.SkippedDay, false) => $"Không tính ngày {d}: {off}.",
            (ExplanationKind.SkippedDay, true) => $"Skipped {d}: {off}.",
            (ExplanationKind.PauseShifted, false) => $"Tạm dừng từ {d} đến {until} ({line.PauseReason}): thời hạn lùi thêm {amount}.",
            (ExplanationKind.PauseShifted, true) => $"Paused from {d} to {until} ({line.PauseReason}): the deadline moves by {amount}.",
            (ExplanationKind.PauseRestarted, false) => $"Tạm dừng từ {d} đến {until} ({line.PauseReason}): thời hạn tính lại từ đầu kể từ {at}.",
            (ExplanationKind.PauseRestarted, true) => $"Paused from {d} to {until} ({line.PauseReason}): the period restarts from {at}.",
            (ExplanationKind.PauseOpen, false) => $"Đang tạm dừng từ {d} ({line.PauseReason}): hạn tạm tính như thể tạm dừng kết thúc ngày {until}.",
            (ExplanationKind.PauseOpen, true) => $"Paused since {d} ({line.PauseReason}), still open: provisional deadline as if it ended on {until}.",
            (ExplanationKind.PauseIgnored, false) => $"Tạm dừng từ {d} ({line.PauseReason}) bắt đầu sau khi hết hạn: không làm thay đổi thời hạn.",
            (ExplanationKind.PauseIgnored, true) => $"Pause from {d} ({line.PauseReason}) began after the deadline: no effect.",
            (ExplanationKind.PeriodEndsOnDayOff, false) => $"Ngày cuối của thời hạn {d} là ngày nghỉ ({off}): thời hạn kết thúc vào ngày làm việc tiếp theo (Bộ luật Dân sự 2015, Điều 148).",
            (ExplanationKind.PeriodEndsOnDayOff, true) => $"The period's last day, {d}, is a day off ({off}): it ends on the next working day (Civil Code 2015, art. 148).",
            (ExplanationKind.Appointment, false) => $"Hẹn trả kết quả lúc {at}.",
            (ExplanationKind.Appointment, true) => $"Result due at {at}.",
            _ => throw new ArgumentOutOfRangeException(nameof(line), line.Kind, "Unknown explanation kind."),
        };
    }

    private static string Day(DateOnly date, bool en) =>
        date.ToString(en ? "d MMM yyyy" : "dd/MM/yyyy", Invariant);

    private static string Instant(DateTimeOffset instant, bool en) =>
        instant.ToString(en ? "HH:mm, d MMM yyyy" : "HH:mm 'ngày' dd/MM/yyyy", Invariant);

    private static string Amount(decimal amount, TimeUnit? unit, bool en)
    {
        var number = amount.ToString("0.##", en ? Invariant : CultureInfo.GetCultureInfo("vi-VN"));
        return (unit, en) switch
        {
            (TimeUnit.WorkingHours, false) => $"{number} giờ làm việc",
            (TimeUnit.WorkingHours, true) => $"{number} working hours",
            (TimeUnit.CalendarDays, false) => $"{number} ngày",
            (TimeUnit.CalendarDays, true) => $"{number} calendar days",
            (_, false) => $"{number} ngày làm việc",
            (_, true) => $"{number} working days",
        };
    }
}
