using NodaTime;

namespace SharePolicy.Calendar;

/// <summary>
/// A date outside the years the working-day calendar holds. China publishes its holidays one year at a time,
/// so a date beyond the loaded years cannot be classified and is never guessed from weekends alone.
/// </summary>
public sealed class CalendarRangeException : ArgumentOutOfRangeException
{
    internal CalendarRangeException(string paramName, LocalDate date, LocalDate first, LocalDate last)
        : base(paramName, $"{date:uuuu-MM-dd} is outside the working-day calendar, which covers {first:uuuu-MM-dd} to {last:uuuu-MM-dd}; load the holiday notice of {date.Year} to decide it.")
    {
        Date = date;
        First = first;
        Last = last;
    }

    /// <summary>Says which date is outside which range, without the parameter-name suffix of the base class.</summary>
    public override string Message => base.Message.Split(" (Parameter '", 2)[0];

    /// <summary>The date asked about.</summary>
    public LocalDate Date { get; }

    /// <summary>The first date the calendar covers.</summary>
    public LocalDate First { get; }

    /// <summary>The last date the calendar covers.</summary>
    public LocalDate Last { get; }
}
