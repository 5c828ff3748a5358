using static OneStop.Api.Tests.Features.Calendar.DeadlineTestInput;

namespace OneStop.Api.Tests.Features.Calendar;

// Table-driven boundaries of DOMAIN §8.2 and §11.1: Tết, compensatory and swapped days, cut-off,
// night / weekend / lunch receipt, working hours, calendar days, SHIFT and RESTART pauses, years where
// the Vietnamese and Chinese calendars differ, and years without an official schedule.
// Columns: name, received, period, cut-off, pauses, expected appointment (all Vietnam local time).
public sealed class DeadlineCalculatorTests
{
    public static TheoryData<string, string, string, string, string, string> Cases() => new()
    {
        { "Tết 2026: 5 WD from Thu 12 Feb skip 14-22 Feb", "2026-02-12 10:00", "5 WD", "", "", "2026-02-26 17:00" },
        { "Tết 2026: 1 WD from Fri 13 Feb lands Mon 23 Feb", "2026-02-13 09:00", "1 WD", "", "", "2026-02-23 17:00" },
        { "Tết 2026: received on mùng 1 counts from Mon 23", "2026-02-17 10:00", "1 WD", "", "", "2026-02-24 17:00" },
        { "Tết 2026: received Sat 14 Feb, 3 WD", "2026-02-14 10:00", "3 WD", "", "", "2026-02-26 17:00" },
        { "Tết 2026: 8 WH from Fri 13 Feb 15:00", "2026-02-13 15:00", "8 WH", "", "", "2026-02-23 15:00" },
        { "Tết 2026: 3 CD ending Sun 15 Feb move past Tết", "2026-02-12 10:00", "3 CD", "", "", "2026-02-23 17:00" },
        { "Tết 2026: same-day after cut-off on Fri 13 Feb", "2026-02-13 16:00", "0 WD", "15:00", "", "2026-02-23 17:00" },
        { "Tết 2026: 10 WD from Mon 9 Feb", "2026-02-09 08:00", "10 WD", "", "", "2026-03-02 17:00" },
        { "Compensatory: Hùng Kings 2026 Sun 26 Apr → Mon 27 off", "2026-04-24 10:00", "1 WD", "", "", "2026-04-28 17:00" },
        { "Compensatory: 3 WD from Thu 23 Apr 2026", "2026-04-23 10:00", "3 WD", "", "", "2026-04-29 17:00" },
        { "Holidays: 30/4-1/5 2026, 2 WD from Wed 29 Apr", "2026-04-29 14:00", "2 WD", "", "", "2026-05-05 17:00" },
        { "Compensatory: 2022 weekend 30/4 and 1/5 → 2 and 3 May off", "2022-04-29 10:00", "1 WD", "", "", "2022-05-04 17:00" },
        { "Compensatory: generated Tết 2031 weekend days → 27-28 Jan off", "2031-01-21 10:00", "1 WD", "", "", "2031-01-29 17:00" },
        { "Compensatory: National Day 2023 Sat → Mon 4 Sep off", "2023-08-31 10:00", "1 WD", "", "", "2023-09-05 17:00" },
        { "Swapped: Sat 4 May 2024 is a working day", "2024-05-02 10:00", "2 WD", "", "", "2024-05-04 17:00" },
        { "Swapped: Mon 29 Apr 2024 is off", "2024-04-26 10:00", "1 WD", "", "", "2024-05-02 17:00" },
        { "Swapped: Sat 26 Apr 2025 is a working day", "2025-04-25 10:00", "1 WD", "", "", "2025-04-26 17:00" },
        { "Swapped: received on working Sat 26 Apr 2025", "2025-04-26 09:00", "1 WD", "", "", "2025-04-28 17:00" },
        { "Swapped: Fri 2 May 2025 is off", "2025-04-29 10:00", "1 WD", "", "", "2025-05-05 17:00" },
        { "Swapped: 8 WH into working Sat 4 May 2024", "2024-05-03 13:30", "8 WH", "", "", "2024-05-04 11:30" },
        { "Cut-off: same-day at 14:59 is in time", "2026-03-03 14:59", "0 WD", "15:00", "", "2026-03-03 17:00" },
        { "Cut-off: same-day exactly at 15:00 is in time", "2026-03-03 15:00", "0 WD", "15:00", "", "2026-03-03 17:00" },
        { "Cut-off: same-day at 15:01 moves to next day", "2026-03-03 15:01", "0 WD", "15:00", "", "2026-03-04 17:00" },
        { "Cut-off: 1 WD received 16:00", "2026-03-03 16:00", "1 WD", "15:00", "", "2026-03-05 17:00" },
        { "Cut-off: 1 WD received 14:00", "2026-03-03 14:00", "1 WD", "15:00", "", "2026-03-04 17:00" },
        { "Cut-off: Friday 15:30 moves to Monday", "2026-03-06 15:30", "1 WD", "15:00", "", "2026-03-10 17:00" },
        { "Cut-off: Fri 13 Feb 2026 15:30 moves past Tết", "2026-02-13 15:30", "1 WD", "15:00", "", "2026-02-24 17:00" },
        { "Cut-off: 4 WH received 15:30", "2026-03-03 15:30", "4 WH", "15:00", "", "2026-03-04 11:00" },
        { "No cut-off: same-day received 16:30", "2026-03-03 16:30", "0 WD", "", "", "2026-03-03 17:00" },
        { "Night: received Tue 21:00", "2026-03-03 21:00", "1 WD", "", "", "2026-03-05 17:00" },
        { "Night: received Wed 05:30 before opening", "2026-03-04 05:30", "1 WD", "", "", "2026-03-05 17:00" },
        { "Weekend: received Saturday", "2026-03-07 10:00", "1 WD", "", "", "2026-03-10 17:00" },
        { "Weekend: received Sunday 23:00, 2 WD", "2026-03-08 23:00", "2 WD", "", "", "2026-03-11 17:00" },
        { "Lunch: received 12:00, 1 WD", "2026-03-03 12:00", "1 WD", "", "", "2026-03-04 17:00" },
        { "Lunch: received 12:00, 2 WH start at 13:30", "2026-03-03 12:00", "2 WH", "", "", "2026-03-03 15:30" },
        { "Night: 4 WH received 20:00", "2026-03-03 20:00", "4 WH", "", "", "2026-03-04 11:00" },
        { "Weekend: 8 WH received Saturday", "2026-03-07 10:00", "8 WH", "", "", "2026-03-09 17:00" },
        { "Offset: 02:00Z is 09:00 local", "2026-03-03T02:00:00Z", "1 WD", "", "", "2026-03-04 17:00" },
        { "Offset: 11:00Z is 18:00 local", "2026-03-03T11:00:00Z", "1 WD", "", "", "2026-03-05 17:00" },
        { "Offset: 07:30+09:00 is 05:30 local", "2026-03-03T07:30:00+09:00", "4 WH", "", "", "2026-03-03 11:00" },
        { "Hours: 4 WH across lunch", "2026-03-03 10:00", "4 WH", "", "", "2026-03-03 16:00" },
        { "Hours: 8 WH across the night", "2026-03-03 10:00", "8 WH", "", "", "2026-03-04 10:00" },
        { "Hours: 16 WH across the weekend", "2026-03-05 09:00", "16 WH", "", "", "2026-03-09 09:00" },
        { "Hours: 3.5 WH end exactly at closing", "2026-03-03 13:30", "3.5 WH", "", "", "2026-03-03 17:00" },
        { "Hours: 24 WH across 30/4-1/5 2026", "2026-04-29 08:00", "24 WH", "", "", "2026-05-06 08:00" },
        { "Hours: 12 WH across Tết 2026", "2026-02-12 13:30", "12 WH", "", "", "2026-02-23 07:30" },
        { "Calendar: 4 CD ending Saturday → Monday", "2026-03-03 10:00", "4 CD", "", "", "2026-03-09 17:00" },
        { "Calendar: 7 CD ending on a weekday", "2026-03-03 10:00", "7 CD", "", "", "2026-03-10 17:00" },
        { "Calendar: 7 CD ending on Hùng Kings compensatory day", "2026-04-20 10:00", "7 CD", "", "", "2026-04-28 17:00" },
        { "Calendar: 7 CD ending on Tết 2026", "2026-02-09 10:00", "7 CD", "", "", "2026-02-23 17:00" },
        { "Calendar: 3 CD received Saturday", "2026-03-07 10:00", "3 CD", "", "", "2026-03-12 17:00" },
        { "Calendar: 30 CD count Tết days", "2026-02-02 10:00", "30 CD", "", "", "2026-03-04 17:00" },
        { "Pause SHIFT: 2 working days", "2026-03-03 10:00", "5 WD", "", "2026-03-04 10:00>2026-03-06 09:00 SHIFT", "2026-03-12 17:00" },
        { "Pause SHIFT: within one day moves nothing", "2026-03-03 10:00", "5 WD", "", "2026-03-04 09:00>2026-03-04 15:00 SHIFT", "2026-03-10 17:00" },
        { "Pause SHIFT: over a weekend moves nothing", "2026-03-03 10:00", "5 WD", "", "2026-03-06 17:30>2026-03-08 20:00 SHIFT", "2026-03-10 17:00" },
        { "Pause RESTART: supplement Mon 9 Mar 10:00", "2026-03-03 10:00", "5 WD", "", "2026-03-04 10:00>2026-03-09 10:00 RESTART", "2026-03-16 17:00" },
        { "Pause RESTART: supplement after cut-off", "2026-03-03 10:00", "5 WD", "15:00", "2026-03-04 10:00>2026-03-09 16:00 RESTART", "2026-03-17 17:00" },
        { "Pause RESTART: supplement on Saturday", "2026-03-03 10:00", "5 WD", "", "2026-03-04 10:00>2026-03-07 10:00 RESTART", "2026-03-16 17:00" },
        { "Pause SHIFT: working hours across lunch", "2026-03-03 07:00", "8 WH", "", "2026-03-03 10:00>2026-03-03 14:00 SHIFT", "2026-03-04 09:00" },
        { "Pause SHIFT: working hours across a night", "2026-03-03 15:00", "4 WH", "", "2026-03-03 16:00>2026-03-04 08:00 SHIFT", "2026-03-04 11:00" },
        { "Pauses: two SHIFTs", "2026-03-03 10:00", "5 WD", "", "2026-03-04 10:00>2026-03-05 10:00 SHIFT; 2026-03-09 10:00>2026-03-10 10:00 SHIFT", "2026-03-12 17:00" },
        { "Pauses: SHIFT then RESTART", "2026-03-03 10:00", "5 WD", "", "2026-03-04 10:00>2026-03-05 10:00 SHIFT; 2026-03-06 10:00>2026-03-10 10:00 RESTART", "2026-03-17 17:00" },
        { "Pauses: RESTART then SHIFT", "2026-03-03 10:00", "5 WD", "", "2026-03-04 10:00>2026-03-06 10:00 RESTART; 2026-03-10 10:00>2026-03-11 10:00 SHIFT", "2026-03-16 17:00" },
        { "Pause SHIFT across Tết 2026 counts working days only", "2026-02-10 10:00", "5 WD", "", "2026-02-12 10:00>2026-02-24 10:00 SHIFT", "2026-02-27 17:00" },
        { "Pause after the deadline is ignored", "2026-03-03 10:00", "1 WD", "", "2026-03-05 09:00>2026-03-06 09:00 SHIFT", "2026-03-04 17:00" },
        { "Pause SHIFT with calendar days", "2026-03-03 10:00", "10 CD", "", "2026-03-04 10:00>2026-03-07 10:00 SHIFT", "2026-03-16 17:00" },
        { "Pause open: counted until now (Fri 6 Mar 10:00)", "2026-03-03 10:00", "5 WD", "", "2026-03-04 10:00>open SHIFT", "2026-03-12 17:00" },
        { "VN≠CN: Tết 1985 is 21 Jan in Vietnam", "1985-01-18 10:00", "1 WD", "", "", "1985-01-28 17:00" },
        { "VN≠CN: 20 Feb 1985 (Chinese Tết) is a working day", "1985-02-19 10:00", "1 WD", "", "", "1985-02-20 17:00" },
        { "VN≠CN: Tết 2007 is Sat 17 Feb in Vietnam", "2007-02-15 10:00", "1 WD", "", "", "2007-02-23 17:00" },
        { "VN≠CN: Tết 2030 is Sat 2 Feb in Vietnam", "2030-01-31 10:00", "1 WD", "", "", "2030-02-08 17:00" },
        { "VN≠CN: Hùng Kings 2038 is Tue 13 Apr in Vietnam", "2038-04-12 10:00", "1 WD", "", "", "2038-04-14 17:00" },
        { "No schedule: National Day 2031 with Mon 1 Sep", "2031-08-29 10:00", "1 WD", "", "", "2031-09-03 17:00" },
        { "No schedule: Tết 2099", "2099-01-19 10:00", "1 WD", "", "", "2099-01-27 17:00" },
        { "No schedule: Tết 1900", "1900-01-29 10:00", "1 WD", "", "", "1900-02-06 17:00" },
        { "No schedule: National Day 1900 on Sunday", "1900-08-31 10:00", "1 WD", "", "", "1900-09-05 17:00" },
        { "No schedule: year end 2026 into generated 2027", "2026-12-31 10:00", "1 WD", "", "", "2027-01-04 17:00" },
        { "UNVERIFIED 2026 National Day adjacent Tue 1 Sep", "2026-08-31 10:00", "1 WD", "", "", "2026-09-03 17:00" },
        { "Fraction: 0.5 WD is 4 h from next opening", "2026-03-03 10:00", "0.5 WD", "", "", "2026-03-04 11:00" },
        { "Fraction: 1.5 WD", "2026-03-03 10:00", "1.5 WD", "", "", "2026-03-05 11:00" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Computes_the_appointment(string name, string received, string period, string cutOff, string pauses, string expected)
    {
        var result = Calculator().Calculate(Request(received, period, cutOff, pauses));

        Assert.True(expected == Local(result.AppointmentAt), $"{name}: expected {expected}, got {Local(result.AppointmentAt)}\n{result.ToText("en")}");
    }
}
