using NodaTime;
using SharePolicy.Model;

namespace SharePolicy.Calendar;

/// <summary>
/// One holiday arrangement of a yearly notice: the days off (weekend days inside the range included) and the
/// Saturdays or Sundays made working days in exchange (调休上班日).
/// </summary>
public sealed record Holiday
{
    /// <summary>Creates a holiday arrangement.</summary>
    /// <param name="name">The holiday's name, e.g. 春节 / Spring Festival.</param>
    /// <param name="off">The days off, inclusive.</param>
    /// <param name="workdays">The weekend days made working days; each a Saturday or a Sunday outside <paramref name="off"/>.</param>
    /// <exception cref="ArgumentException">A workday is not a Saturday or Sunday, or falls inside the days off.</exception>
    public Holiday(BilingualText name, DateInterval off, IEnumerable<LocalDate> workdays)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Off = off ?? throw new ArgumentNullException(nameof(off));
        ArgumentNullException.ThrowIfNull(workdays);
        Workdays = workdays.Order().ToArray();
        foreach (var day in Workdays)
        {
            if (day.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday))
            {
                throw new ArgumentException($"{name.ZhHans}: adjusted working day {day:uuuu-MM-dd} is a {day.DayOfWeek}, not a Saturday or Sunday.", nameof(workdays));
            }

            if (off.Contains(day))
            {
                throw new ArgumentException($"{name.ZhHans}: adjusted working day {day:uuuu-MM-dd} falls inside the days off {off}.", nameof(workdays));
            }
        }
    }

    /// <summary>The holiday's name.</summary>
    public BilingualText Name { get; }

    /// <summary>The days off, inclusive.</summary>
    public DateInterval Off { get; }

    /// <summary>The weekend days made working days, in date order.</summary>
    public IReadOnlyList<LocalDate> Workdays { get; }

    /// <summary>Equal when name, days off and workdays are.</summary>
    public bool Equals(Holiday? other) =>
        other is not null && Name == other.Name && Off == other.Off && Workdays.SequenceEqual(other.Workdays);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Off, Workdays.Count);
}
