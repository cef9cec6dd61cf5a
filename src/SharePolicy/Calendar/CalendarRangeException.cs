using NodaTime;

namespace SharePolicy.Calendar;

/// <summary>
/// A date outside the years the working-day calendar holds. China publishes its holidays one year at a time,
/// so a date beyond the loaded years cannot be classified and is never guessed from weekends alone. The message
/// names the first date the calendar could not classify, in the calendar's time zone, and how to load its year.
/// </summary>
public sealed class CalendarRangeException : ArgumentOutOfRangeException
{
    internal CalendarRangeException(string paramName, LocalDate date, LocalDate first, LocalDate last)
        : base(paramName, Describe(date, first, last))
    {
        Date = date;
        First = first;
        Last = last;
    }

    /// <summary>Says which date is outside which range and how to load it, without the parameter-name suffix of the base class.</summary>
    public override string Message => base.Message.Split(" (Parameter '", 2)[0];

    /// <summary>The first date the calendar could not classify.</summary>
    public LocalDate Date { get; }

    /// <summary>The year whose holiday notice the calendar lacks: that of <see cref="Date"/>.</summary>
    public int MissingYear => Date.Year;

    /// <summary>The first date the calendar covers.</summary>
    public LocalDate First { get; }

    /// <summary>The last date the calendar covers.</summary>
    public LocalDate Last { get; }

    private static string Describe(LocalDate date, LocalDate first, LocalDate last) =>
        date > last
            ? $"{date:uuuu-MM-dd} is outside the working-day calendar, which covers {first:uuuu-MM-dd} to {last:uuuu-MM-dd}. To decide it, load the "
              + $"State Council's holiday notice for {date.Year}: `sharepolicy calendar import NOTICE.txt --out DIR` writes its calendar file, which "
              + $"SharePolicy:CalendarDirectory (or --calendar DIR) then loads; or opt in to provisional years (SharePolicy:Calendar:ProvisionalYears, "
              + $"--provisional) to count {date.Year} from the statutory holidays alone, every deadline then marked provisional."
            : $"{date:uuuu-MM-dd} is outside the working-day calendar, which covers {first:uuuu-MM-dd} to {last:uuuu-MM-dd}: it has no notice for {date.Year}.";
}
