namespace OneStop.Api.Features.Calendar;

// Rule-generated holidays for a year without an entered official schedule (1900–2100).
// Labour Code 2019 art. 112(1): 11 days (DOMAIN §8.1, HIGH). The Prime Minister fixes the Tết days and
// the side of the National Day adjacent day each year (art. 112(3)), so those two are DEFAULTS here,
// lower confidence than the fixed dates; an entered schedule always wins (DefaultHolidaySource).
// The 2019 Code is applied to every year: rows for years before 2021 are not historically exact.
public sealed class DefaultHolidayGenerator(IReadOnlySet<DayOfWeek> weeklyRestDays)
{
    public const string LabourCodeSource = "Bộ luật Lao động 2019, Điều 112 (tự sinh theo quy tắc)";

    public DefaultHolidayGenerator()
        : this(new HashSet<DayOfWeek> { DayOfWeek.Saturday, DayOfWeek.Sunday })
    {
    }

    public IReadOnlyList<Holiday> For(int year)
    {
        var holidays = new List<Holiday> { Make(new DateOnly(year, 1, 1), HolidayNames.NewYear) };

        // Default Tết block: the last day of the lunar year and mùng 1–4, the pattern of 2026
        // (Mon 16 – Fri 20 Feb, DOMAIN §8.3, HIGH). Other years differed (2025: 28 Chạp – mùng 3, MED).
        holidays.Add(Make(VietnameseLunarCalendar.LastDayBeforeTet(year), HolidayNames.TetEve));
        var tet = VietnameseLunarCalendar.TetOf(year);
        holidays.AddRange(Enumerable.Range(1, 4).Select(day => Make(tet.AddDays(day - 1), HolidayNames.Tet(day))));

        holidays.Add(Make(VietnameseLunarCalendar.HungKingsOf(year), HolidayNames.HungKings));
        holidays.Add(Make(new DateOnly(year, 4, 30), HolidayNames.Victory));
        holidays.Add(Make(new DateOnly(year, 5, 1), HolidayNames.LabourDay));
        var nationalDay = new DateOnly(year, 9, 2);
        holidays.Add(Make(nationalDay, HolidayNames.NationalDay));
        holidays.Add(Make(NationalDayAdjacent(nationalDay), HolidayNames.NationalDayAdjacent));

        holidays.AddRange(Compensations(holidays));
        return [.. holidays.OrderBy(h => h.Date)];
    }

    // Default side (MED-LOW): the day after when 2 Sep is a Monday or Thursday — it then joins the break
    // to the weekend — else the day before. This reproduces 2021–2025 (3/9, 1/9, 1/9, 3/9, 1/9);
    // DOMAIN §8.3 marks the 2026 side UNVERIFIED.
    public static DateOnly NationalDayAdjacent(DateOnly nationalDay) =>
        nationalDay.DayOfWeek is DayOfWeek.Monday or DayOfWeek.Thursday ? nationalDay.AddDays(1) : nationalDay.AddDays(-1);

    // Labour Code 2019 art. 111(3): a holiday on a weekly rest day gives a day off on the next working
    // day (DOMAIN §8.1, HIGH). Several weekend holidays in one block (Tết) take consecutive working days.
    private IEnumerable<Holiday> Compensations(List<Holiday> holidays)
    {
        var taken = holidays.Select(h => h.Date).ToHashSet();
        foreach (var holiday in holidays.Where(h => weeklyRestDays.Contains(h.Date.DayOfWeek)).OrderBy(h => h.Date).ToList())
        {
            var day = holiday.Date.AddDays(1);
            while (weeklyRestDays.Contains(day.DayOfWeek) || taken.Contains(day))
            {
                day = day.AddDays(1);
            }

            taken.Add(day);
            yield return Make(day, HolidayNames.Compensatory((holiday.NameVi, holiday.NameEn)), HolidayKind.CompensatoryDayOff);
        }
    }

    private static Holiday Make(DateOnly date, (string Vi, string En) name, HolidayKind kind = HolidayKind.PublicHoliday) =>
        new(date, name.Vi, name.En, kind, LabourCodeSource, IsOfficial: false);
}
