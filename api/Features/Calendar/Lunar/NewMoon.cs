namespace OneStop.Api.Features.Calendar;

// Instant of the k-th new moon, Meeus, Astronomical Algorithms (2nd ed.), ch. 49, with every periodic
// and planetary term. DOMAIN §8.5: the truncated series of the widely copied algorithm puts the
// Vietnamese Tết 1991 on the wrong day, so no term may be dropped here.
internal static class NewMoon
{
    private const double Rad = Math.PI / 180;

    // k = 0 is the new moon of 6 January 2000; returns the Julian Day in UT.
    public static double JulianDayUt(int k)
    {
        var jde = JulianEphemerisDay(k);
        return jde - (DeltaT.SecondsAt(jde) / 86400.0);
    }

    private static double JulianEphemerisDay(int k)
    {
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        var t4 = t3 * t;
        var jde = 2451550.09766 + (29.530588861 * k) + (0.00015437 * t2) - (0.000000150 * t3) + (0.00000000073 * t4);

        var e = 1 - (0.002516 * t) - (0.0000074 * t2);
        var m = Rad * (2.5534 + (29.10535670 * k) - (0.0000014 * t2) - (0.00000011 * t3));
        var mp = Rad * (201.5643 + (385.81693528 * k) + (0.0107582 * t2) + (0.00001238 * t3) - (0.000000058 * t4));
        var f = Rad * (160.7108 + (390.67050284 * k) - (0.0016118 * t2) - (0.00000227 * t3) + (0.000000011 * t4));
        var om = Rad * (124.7746 - (1.56375588 * k) + (0.0020672 * t2) + (0.00000215 * t3));

        var c = (-0.40720 * Math.Sin(mp))
            + (0.17241 * e * Math.Sin(m))
            + (0.01608 * Math.Sin(2 * mp))
            + (0.01039 * Math.Sin(2 * f))
            + (0.00739 * e * Math.Sin(mp - m))
            - (0.00514 * e * Math.Sin(mp + m))
            + (0.00208 * e * e * Math.Sin(2 * m))
            - (0.00111 * Math.Sin(mp - (2 * f)))
            - (0.00057 * Math.Sin(mp + (2 * f)))
            + (0.00056 * e * Math.Sin((2 * mp) + m))
            - (0.00042 * Math.Sin(3 * mp))
            + (0.00042 * e * Math.Sin(m + (2 * f)))
            + (0.00038 * e * Math.Sin(m - (2 * f)))
            - (0.00024 * e * Math.Sin((2 * mp) - m))
            - (0.00017 * Math.Sin(om))
            - (0.00007 * Math.Sin(mp + (2 * m)))
            + (0.00004 * Math.Sin((2 * mp) - (2 * f)))
            + (0.00004 * Math.Sin(3 * m))
            + (0.00003 * Math.Sin(mp + m - (2 * f)))
            + (0.00003 * Math.Sin((2 * mp) + (2 * f)))
            - (0.00003 * Math.Sin(mp + m + (2 * f)))
            + (0.00003 * Math.Sin(mp - m + (2 * f)))
            - (0.00002 * Math.Sin(mp - m - (2 * f)))
            - (0.00002 * Math.Sin((3 * mp) + m))
            + (0.00002 * Math.Sin(4 * mp));

        return jde + c + PlanetaryCorrection(k, t2);
    }

    private static readonly (double Amplitude, double Start, double Rate)[] Planetary =
    [
        (0.000325, 299.77, 0.107408), (0.000165, 251.88, 0.016321), (0.000164, 251.83, 26.651886),
        (0.000126, 349.42, 36.412478), (0.000110, 84.66, 18.206239), (0.000062, 141.74, 53.303771),
        (0.000060, 207.14, 2.453732), (0.000056, 154.84, 7.306860), (0.000047, 34.52, 27.261239),
        (0.000042, 207.19, 0.121824), (0.000040, 291.34, 1.844379), (0.000037, 161.72, 24.198154),
        (0.000035, 239.56, 25.513099), (0.000023, 331.55, 3.592518),
    ];

    private static double PlanetaryCorrection(int k, double t2)
    {
        var sum = 0.0;
        for (var i = 0; i < Planetary.Length; i++)
        {
            var (amplitude, start, rate) = Planetary[i];
            // A1 alone has a T² term (Meeus ch. 49).
            var angle = start + (rate * k) - (i == 0 ? 0.009173 * t2 : 0);
            sum += amplitude * Math.Sin(Rad * angle);
        }

        return sum;
    }
}
