namespace OneStop.Api.Features.Calendar;

// Apparent geocentric longitude of the Sun, Meeus ch. 25 (accuracy about 0.01°, i.e. ~15 minutes of
// solar-term time). Solar terms decide month 11 (winter solstice) and the leap month (a month without
// a major term), so they must be computed from the real Sun, not from mean values (DOMAIN §8.5).
internal static class SolarLongitude
{
    private const double Rad = Math.PI / 180;

    // Degrees in [0, 360) at the given Julian Day (UT).
    public static double DegreesAt(double julianDayUt)
    {
        var jde = julianDayUt + (DeltaT.SecondsAt(julianDayUt) / 86400.0);
        var t = (jde - 2451545.0) / 36525.0;
        var l0 = 280.46646 + (36000.76983 * t) + (0.0003032 * t * t);
        var m = Rad * (357.52911 + (35999.05029 * t) - (0.0001537 * t * t));
        var c = ((1.914602 - (0.004817 * t) - (0.000014 * t * t)) * Math.Sin(m))
            + ((0.019993 - (0.000101 * t)) * Math.Sin(2 * m))
            + (0.000289 * Math.Sin(3 * m));
        var omega = Rad * (125.04 - (1934.136 * t));
        // Nutation in longitude and aberration, Meeus eq. 25.8.
        var apparent = l0 + c - 0.00569 - (0.00478 * Math.Sin(omega));
        return ((apparent % 360) + 360) % 360;
    }
}
