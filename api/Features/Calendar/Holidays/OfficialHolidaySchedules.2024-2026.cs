namespace OneStop.Api.Features.Calendar;

// 2024–2026 from DOMAIN §8.3; the confidence DOMAIN gives is repeated on each block.
public static partial class OfficialHolidaySchedules
{
    private static IReadOnlyList<Holiday> Year2024()
    {
        const string S = "Thông báo của Bộ LĐ-TB&XH về lịch nghỉ Tết, lễ năm 2024";
        return new ScheduleBuilder(2024)
            .Off(1, 1, HolidayNames.NewYear, S)
            // Tết break Thu 8 – Wed 14 Feb (29 Chạp – mùng 5): DOMAIN §8.3, MED.
            .Off(2, 8, HolidayNames.TetBreak, S)
            .Off(2, 9, HolidayNames.TetEve, S)
            .Off(2, 10, HolidayNames.Tet(1), S)
            .Off(2, 11, HolidayNames.Tet(2), S)
            .Off(2, 12, HolidayNames.Tet(3), S)
            .Off(2, 13, HolidayNames.Compensatory(HolidayNames.Tet(1)), S, HolidayKind.CompensatoryDayOff)
            .Off(2, 14, HolidayNames.Compensatory(HolidayNames.Tet(2)), S, HolidayKind.CompensatoryDayOff)
            .Off(4, 18, HolidayNames.HungKings, S)
            // 27 Apr – 1 May with Monday 29 Apr swapped against Saturday 4 May: DOMAIN §8.3, MED-LOW.
            .Off(4, 29, HolidayNames.SwappedOff(HolidayNames.Victory), S, HolidayKind.SwappedDayOff)
            .Off(4, 30, HolidayNames.Victory, S)
            .Off(5, 1, HolidayNames.LabourDay, S)
            .Work(5, 4, S)
            // National Day break 31 Aug – 3 Sep: DOMAIN §8.3, MED-LOW.
            .Off(9, 2, HolidayNames.NationalDay, S)
            .Off(9, 3, HolidayNames.NationalDayAdjacent, S)
            .Build();
    }

    private static IReadOnlyList<Holiday> Year2025()
    {
        const string S = "Thông báo của Bộ LĐ-TB&XH về lịch nghỉ Tết, lễ năm 2025";
        return new ScheduleBuilder(2025)
            .Off(1, 1, HolidayNames.NewYear, S)
            // Tết break Sat 25 Jan – Sun 2 Feb; the weekdays 27–31 Jan are the 5 statutory days: DOMAIN §8.3, MED.
            .OffWeekdays(1, 27, 1, 31, HolidayNames.TetBreak, S)
            .Off(4, 7, HolidayNames.HungKings, S)
            // 30 Apr – 4 May with Friday 2 May swapped against Saturday 26 Apr: DOMAIN §8.3, MED-LOW.
            .Work(4, 26, S)
            .Off(4, 30, HolidayNames.Victory, S)
            .Off(5, 1, HolidayNames.LabourDay, S)
            .Off(5, 2, HolidayNames.SwappedOff(HolidayNames.Victory), S, HolidayKind.SwappedDayOff)
            // National Day break 30 Aug – 2 Sep: DOMAIN §8.3, MED-LOW.
            .Off(9, 1, HolidayNames.NationalDayAdjacent, S)
            .Off(9, 2, HolidayNames.NationalDay, S)
            .Build();
    }

    private static IReadOnlyList<Holiday> Year2026()
    {
        const string Tet = "Lịch nghỉ Tết Bính Ngọ 2026 của Chính phủ (congan.com.vn, daidoanket.vn, vietnammedia.vnanet.vn)";
        const string Code = "Bộ luật Lao động 2019, Điều 111(3), Điều 112";
        return new ScheduleBuilder(2026)
            .Off(1, 1, HolidayNames.NewYear, Code)
            // Break Sat 14 – Sun 22 Feb; statutory days Mon 16 – Fri 20 Feb (29 Chạp – mùng 4): DOMAIN §8.3, HIGH.
            .Off(2, 16, HolidayNames.TetEve, Tet)
            .Off(2, 17, HolidayNames.Tet(1), Tet)
            .Off(2, 18, HolidayNames.Tet(2), Tet)
            .Off(2, 19, HolidayNames.Tet(3), Tet)
            .Off(2, 20, HolidayNames.Tet(4), Tet)
            // Hùng Kings on Sunday 26 Apr → Monday 27 Apr off: derived from art. 111(3) (DOMAIN §8.3).
            .Off(4, 26, HolidayNames.HungKings, Code)
            .Off(4, 27, HolidayNames.Compensatory(HolidayNames.HungKings), Code, HolidayKind.CompensatoryDayOff)
            .Off(4, 30, HolidayNames.Victory, Code)
            .Off(5, 1, HolidayNames.LabourDay, Code)
            // UNVERIFIED (DOMAIN §8.3, §13): the 2026 adjacent day is not announced in any source we hold;
            // Tuesday 1 Sep is the generator default, kept as data and flagged not official.
            .Off(9, 1, HolidayNames.NationalDayAdjacent, Code + " — UNVERIFIED", official: false)
            .Off(9, 2, HolidayNames.NationalDay, Code)
            .Build();
    }
}
