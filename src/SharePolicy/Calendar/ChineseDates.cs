using System.Globalization;
using NodaTime;

namespace SharePolicy.Calendar;

/// <summary>
/// The dates the holiday law names by the Chinese calendar: lunar dates from .NET's
/// <see cref="ChineseLunisolarCalendar"/> (1901 to 2100), and Qingming, the solar term, from the sun's apparent
/// longitude (15°) by Meeus's low-precision solar formulas, in Beijing time.
/// </summary>
internal static class ChineseDates
{
    /// <summary>The first year the lunisolar calendar covers.</summary>
    public const int FirstYear = 1902;

    /// <summary>The last year the lunisolar calendar covers whole.</summary>
    public const int LastYear = 2100;

    private static readonly ChineseLunisolarCalendar Lunisolar = new();
    private static readonly Offset Beijing = Offset.FromHours(8);

    /// <summary>The Gregorian date of a day of a (not leap) lunar month of the lunar year that begins in <paramref name="year"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1902 to 2100.</exception>
    public static LocalDate Lunar(int year, int month, int day)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, LastYear);
        var leap = Lunisolar.GetLeapMonth(year);
        var index = leap != 0 && leap <= month ? month + 1 : month; // a leap month before it shifts its number by one
        return LocalDate.FromDateTime(Lunisolar.ToDateTime(year, index, day, 0, 0, 0, 0));
    }

    /// <summary>农历除夕: the last day of the lunar year that ends in <paramref name="year"/>, the eve of its Spring Festival.</summary>
    public static LocalDate NewYearsEve(int year) => Lunar(year, 1, 1).PlusDays(-1);

    /// <summary>The lunar month (1 to 12), whether it is a leap month, and the day of <paramref name="date"/>.</summary>
    public static (int Month, bool Leap, int Day) ToLunar(LocalDate date)
    {
        var time = date.ToDateTimeUnspecified();
        var year = Lunisolar.GetYear(time);
        var index = Lunisolar.GetMonth(time);
        var leap = Lunisolar.GetLeapMonth(year);
        var month = leap != 0 && index >= leap ? index - 1 : index;
        return (month, leap != 0 && index == leap, Lunisolar.GetDayOfMonth(time));
    }

    /// <summary>清明: the day in Beijing on which the sun's apparent longitude reaches 15°, early in April.</summary>
    public static LocalDate Qingming(int year)
    {
        // The sun moves about a degree a day: bisect between 1 and 10 April (UTC) to well under a minute.
        var low = JulianDay(year, 4, 1);
        var high = JulianDay(year, 4, 10);
        while (high - low > 1e-5)
        {
            var middle = (low + high) / 2;
            if (Normalised(ApparentLongitude(middle) - 15) < 180)
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }

        var instant = Instant.FromUnixTimeTicks((long)((high - 2440587.5) * NodaConstants.TicksPerDay));
        return instant.WithOffset(Beijing).Date;
    }

    // Meeus, Astronomical Algorithms, ch. 25 (to about 0.01°, some fifteen minutes of the sun's motion).
    private static double ApparentLongitude(double julianDay)
    {
        var t = (julianDay - 2451545.0) / 36525;
        var l0 = 280.46646 + (36000.76983 * t) + (0.0003032 * t * t);
        var m = Radians(357.52911 + (35999.05029 * t) - (0.0001537 * t * t));
        var centre = ((1.914602 - (0.004817 * t) - (0.000014 * t * t)) * Math.Sin(m)) + ((0.019993 - (0.000101 * t)) * Math.Sin(2 * m))
            + (0.000289 * Math.Sin(3 * m));
        var omega = Radians(125.04 - (1934.136 * t));
        return Normalised(l0 + centre - 0.00569 - (0.00478 * Math.Sin(omega)));
    }

    private static double JulianDay(int year, int month, int day) =>
        2440587.5 + (new LocalDate(year, month, day).AtMidnight().InUtc().ToInstant().ToUnixTimeTicks() / (double)NodaConstants.TicksPerDay);

    private static double Radians(double degrees) => degrees * Math.PI / 180;

    private static double Normalised(double degrees) => ((degrees % 360) + 360) % 360;
}
