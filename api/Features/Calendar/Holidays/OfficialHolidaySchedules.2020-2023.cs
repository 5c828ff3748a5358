namespace OneStop.Api.Features.Calendar;

// UNVERIFIED (whole file): DOMAIN.md has no 2020–2023 schedules; these rows follow the announcements as
// reported in the press at the time and must be checked against the notices before being relied on.
public static partial class OfficialHolidaySchedules
{
    private const string Unverified = " — UNVERIFIED, chưa đối chiếu văn bản";

    // 2020 still fell under Labour Code 2012 art. 115 (National Day: one day only).
    private static IReadOnlyList<Holiday> Year2020()
    {
        const string S = "Thông báo của Bộ LĐ-TB&XH về lịch nghỉ Tết, lễ năm 2020 (Bộ luật Lao động 2012, Điều 115)" + Unverified;
        return new ScheduleBuilder(2020)
            .Off(1, 1, HolidayNames.NewYear, S)
            .OffWeekdays(1, 23, 1, 29, HolidayNames.TetBreak, S)
            .Off(4, 2, HolidayNames.HungKings, S)
            .Off(4, 30, HolidayNames.Victory, S)
            .Off(5, 1, HolidayNames.LabourDay, S)
            .Off(9, 2, HolidayNames.NationalDay, S)
            .Build();
    }

    private static IReadOnlyList<Holiday> Year2021()
    {
        const string S = "Thông báo của Bộ LĐ-TB&XH về lịch nghỉ Tết, lễ năm 2021" + Unverified;
        return new ScheduleBuilder(2021)
            .Off(1, 1, HolidayNames.NewYear, S)
            .OffWeekdays(2, 10, 2, 16, HolidayNames.TetBreak, S)
            .Off(4, 21, HolidayNames.HungKings, S)
            .Off(4, 30, HolidayNames.Victory, S)
            .Off(5, 1, HolidayNames.LabourDay, S)
            .Off(5, 3, HolidayNames.Compensatory(HolidayNames.LabourDay), S, HolidayKind.CompensatoryDayOff)
            .Off(9, 2, HolidayNames.NationalDay, S)
            .Off(9, 3, HolidayNames.NationalDayAdjacent, S)
            .Build();
    }

    private static IReadOnlyList<Holiday> Year2022()
    {
        const string S = "Thông báo của Bộ LĐ-TB&XH về lịch nghỉ Tết, lễ năm 2022" + Unverified;
        return new ScheduleBuilder(2022)
            .Off(1, 1, HolidayNames.NewYear, S)
            .Off(1, 3, HolidayNames.Compensatory(HolidayNames.NewYear), S, HolidayKind.CompensatoryDayOff)
            .OffWeekdays(1, 31, 2, 4, HolidayNames.TetBreak, S)
            .Off(4, 10, HolidayNames.HungKings, S)
            .Off(4, 11, HolidayNames.Compensatory(HolidayNames.HungKings), S, HolidayKind.CompensatoryDayOff)
            .Off(4, 30, HolidayNames.Victory, S)
            .Off(5, 1, HolidayNames.LabourDay, S)
            .Off(5, 2, HolidayNames.Compensatory(HolidayNames.Victory), S, HolidayKind.CompensatoryDayOff)
            .Off(5, 3, HolidayNames.Compensatory(HolidayNames.LabourDay), S, HolidayKind.CompensatoryDayOff)
            .Off(9, 1, HolidayNames.NationalDayAdjacent, S)
            .Off(9, 2, HolidayNames.NationalDay, S)
            .Build();
    }

    private static IReadOnlyList<Holiday> Year2023()
    {
        const string S = "Thông báo của Bộ LĐ-TB&XH về lịch nghỉ Tết, lễ năm 2023" + Unverified;
        return new ScheduleBuilder(2023)
            .Off(1, 1, HolidayNames.NewYear, S)
            .Off(1, 2, HolidayNames.Compensatory(HolidayNames.NewYear), S, HolidayKind.CompensatoryDayOff)
            .OffWeekdays(1, 20, 1, 26, HolidayNames.TetBreak, S)
            .Off(4, 29, HolidayNames.HungKings, S)
            .Off(4, 30, HolidayNames.Victory, S)
            .Off(5, 1, HolidayNames.LabourDay, S)
            .Off(5, 2, HolidayNames.Compensatory(HolidayNames.HungKings), S, HolidayKind.CompensatoryDayOff)
            .Off(5, 3, HolidayNames.Compensatory(HolidayNames.Victory), S, HolidayKind.CompensatoryDayOff)
            .Off(9, 1, HolidayNames.NationalDayAdjacent, S)
            .Off(9, 2, HolidayNames.NationalDay, S)
            .Off(9, 4, HolidayNames.Compensatory(HolidayNames.NationalDay), S, HolidayKind.CompensatoryDayOff)
            .Build();
    }
}
