using NodaTime;
using SharePolicy.Model;

namespace SharePolicy.Calendar;

/// <summary>
/// A holiday for all citizens of 《全国年节及纪念日放假办法》 Art. 2 and the days it gives in one year: what a yearly
/// notice must give off, and all that a year without a notice can be projected from.
/// </summary>
/// <param name="Name">The holiday's name, e.g. 春节 / Spring Festival.</param>
/// <param name="Days">Its statutory days off in the year, in date order.</param>
public sealed record StatutoryHoliday(BilingualText Name, IReadOnlyList<LocalDate> Days)
{
    /// <summary>The day the 2024 revision of the holiday law (State Council Decree No. 795) took effect: 2025-01-01.</summary>
    public static LocalDate Revision2024InForce { get; } = new(2025, 1, 1);

    /// <summary>The holidays' names, zh-Hans to English, in the law's order.</summary>
    internal static IReadOnlyList<BilingualText> Names { get; } =
    [
        new("元旦", "New Year's Day"),
        new("春节", "Spring Festival"),
        new("清明节", "Qingming Festival"),
        new("劳动节", "Labour Day"),
        new("端午节", "Dragon Boat Festival"),
        new("中秋节", "Mid-Autumn Festival"),
        new("国庆节", "National Day"),
    ];

    /// <summary>The holiday's name.</summary>
    public BilingualText Name { get; init => field = value ?? throw new ArgumentNullException(nameof(Name)); } = Name ?? throw new ArgumentNullException(nameof(Name));

    /// <summary>Its statutory days off in the year, in date order.</summary>
    public IReadOnlyList<LocalDate> Days { get; init => field = value ?? throw new ArgumentNullException(nameof(Days)); } = Days ?? throw new ArgumentNullException(nameof(Days));

    /// <summary>
    /// The statutory holidays of <paramref name="year"/>, as the law in force that year gives them: the 2013 revision
    /// (11 days) before 2025; from 2025 the 2024 revision (13 days: Spring Festival with New Year's Eve, 4 days; Labour
    /// Day, 2). Lunar dates by the Chinese lunisolar calendar, Qingming by the solar term.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1902 to 2100, the years the lunisolar calendar covers.</exception>
    public static IReadOnlyList<StatutoryHoliday> Of(int year)
    {
        if (year is < ChineseDates.FirstYear or > ChineseDates.LastYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"Statutory holidays are worked out for {ChineseDates.FirstYear} to {ChineseDates.LastYear}, the years the Chinese lunisolar calendar covers.");
        }

        var revised = new LocalDate(year, 1, 1) >= Revision2024InForce;
        var newYear = ChineseDates.Lunar(year, 1, 1);
        LocalDate[] springFestival = revised
            ? [ChineseDates.NewYearsEve(year), newYear, newYear.PlusDays(1), newYear.PlusDays(2)]
            : [newYear, newYear.PlusDays(1), newYear.PlusDays(2)];
        LocalDate[] labourDay = revised ? [new(year, 5, 1), new(year, 5, 2)] : [new(year, 5, 1)];
        return
        [
            new(Names[0], [new LocalDate(year, 1, 1)]),
            new(Names[1], springFestival),
            new(Names[2], [ChineseDates.Qingming(year)]),
            new(Names[3], labourDay),
            new(Names[4], [ChineseDates.Lunar(year, 5, 5)]),
            new(Names[5], [ChineseDates.Lunar(year, 8, 15)]),
            new(Names[6], [new LocalDate(year, 10, 1), new LocalDate(year, 10, 2), new LocalDate(year, 10, 3)]),
        ];
    }

    /// <summary>Equal when name and days are.</summary>
    public bool Equals(StatutoryHoliday? other) => other is not null && Name == other.Name && Days.SequenceEqual(other.Days);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Days.Count);
}
