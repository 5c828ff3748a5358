namespace OneStop.Api.Features.Calendar;

// ΔT = TT − UT. Moon phases and solar longitude come out in Dynamical Time (TT),
// but the calendar day is fixed by civil time (UTC+7), so ΔT must be removed first (DOMAIN §8.5).
// Polynomials: Espenak & Meeus, "Five Millennium Canon of Solar Eclipses" (NASA/TP-2006-214141),
// which extend Meeus, Astronomical Algorithms ch. 10; valid well beyond 1899–2101.
internal static class DeltaT
{
    public static double Seconds(double decimalYear)
    {
        var y = decimalYear;
        if (y < 1900)
        {
            var t = y - 1860;
            return 7.62 + (0.5737 * t) - (0.251754 * t * t) + (0.01680668 * t * t * t)
                - (0.0004473624 * Math.Pow(t, 4)) + (Math.Pow(t, 5) / 233174);
        }

        if (y < 1920)
        {
            var t = y - 1900;
            return -2.79 + (1.494119 * t) - (0.0598939 * t * t) + (0.0061966 * t * t * t) - (0.000197 * Math.Pow(t, 4));
        }

        if (y < 1941)
        {
            var t = y - 1920;
            return 21.20 + (0.84493 * t) - (0.076100 * t * t) + (0.0020936 * t * t * t);
        }

        if (y < 1961)
        {
            var t = y - 1950;
            return 29.07 + (0.407 * t) - (t * t / 233) + (t * t * t / 2547);
        }

        if (y < 1986)
        {
            var t = y - 1975;
            return 45.45 + (1.067 * t) - (t * t / 260) - (t * t * t / 718);
        }

        if (y < 2005)
        {
            var t = y - 2000;
            return 63.86 + (0.3345 * t) - (0.060374 * t * t) + (0.0017275 * t * t * t)
                + (0.000651814 * Math.Pow(t, 4)) + (0.00002373599 * Math.Pow(t, 5));
        }

        if (y < 2050)
        {
            var t = y - 2000;
            return 62.92 + (0.32217 * t) + (0.005589 * t * t);
        }

        var u = (y - 1820) / 100;
        return -20 + (32 * u * u) - (0.5628 * (2150 - y));
    }

    // Julian Day (UT) → decimal year, precise enough for a quantity that drifts by ~1 s a year.
    public static double SecondsAt(double julianDay) => Seconds(2000.0 + ((julianDay - 2451545.0) / 365.25));
}
