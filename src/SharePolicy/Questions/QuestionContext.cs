using NodaTime;
using SharePolicy.Calendar;
using SharePolicy.Model;
using SharePolicy.Rules;

namespace SharePolicy.Questions;

/// <summary>What a question needs of the engine to make its facts: days and times, the calendar, and sub-decisions.</summary>
/// <param name="Zone">The time zone days begin and end in.</param>
/// <param name="CloseOfBusiness">When the platform's working day ends for receipts; null when every hour counts as its day.</param>
/// <param name="Calendar">The working-day calendar.</param>
/// <param name="Decider">The engine, for a question whose facts need other decisions (a compliance review's uses).</param>
internal sealed record QuestionContext(DateTimeZone Zone, LocalTime? CloseOfBusiness, WorkingDayCalendar Calendar, IPolicyDecider Decider)
{
    private readonly Instant _calendarStart = Calendar.First.AtStartOfDayInZone(Zone).ToInstant();
    private readonly Instant _calendarEnd = Calendar.Last.PlusDays(1).AtStartOfDayInZone(Zone).ToInstant();

    /// <summary>The engine clock's time of the decision.</summary>
    public Instant Now { get; init; }

    /// <summary>The region the decision is made for; null for national rules alone.</summary>
    public string? Jurisdiction { get; init; }

    /// <summary>How the engine reads the law where it is open (docs/rule-sets.md, "Open readings").</summary>
    public LegalReadings Readings { get; init; } = LegalReadings.Default;

    /// <summary>A deadline <paramref name="workingDays"/> working days after <paramref name="due"/>'s day: what an extension makes of it.</summary>
    /// <exception cref="CalendarRangeException">The extended day is beyond the calendar's years.</exception>
    public Deadline Extend(Deadline due, int workingDays) => DeadlineOn(Calendar.AddWorkingDays(due.DueDate, workingDays), counted: true, Calendar, Zone);

    /// <summary>
    /// The deadline that ends with <paramref name="due"/> in <paramref name="zone"/>; provisional when it was counted on
    /// the calendar (<paramref name="counted"/>) into a year projected without its notice.
    /// </summary>
    public static Deadline DeadlineOn(LocalDate due, bool counted, WorkingDayCalendar calendar, DateTimeZone zone) =>
        new(due, zone.AtStartOfDay(due.PlusDays(1)).ToInstant())
        {
            ProvisionalFrom = counted && calendar.IsProvisional(due) ? zone.AtStartOfDay(calendar.LastConfirmed.PlusDays(1)).ToInstant() : null,
        };

    /// <summary>The day an instant falls on in <see cref="Zone"/>; in UTC at the ends of time, where no zone can say.</summary>
    public LocalDate DateOf(Instant instant) =>
        instant > Instant.MinValue + Duration.FromDays(2) && instant < Instant.MaxValue - Duration.FromDays(2)
            ? instant.InZone(Zone).Date
            : instant.InUtc().Date;

    /// <summary>The day of the decision itself, for a question whose event is its being asked.</summary>
    public LocalDate Today => DateOf(Now);

    /// <summary>
    /// Refuses an instant the calendar cannot classify, whatever is asked, so that no date outside it ends in a grant.
    /// </summary>
    /// <exception cref="CalendarRangeException">The instant is outside the calendar's years.</exception>
    public void CheckInCalendar(Instant instant, string parameter)
    {
        if (instant < _calendarStart || instant >= _calendarEnd)
        {
            throw new CalendarRangeException(parameter, DateOf(instant), Calendar.First, Calendar.Last);
        }
    }

    /// <summary>Refuses a day the calendar cannot classify.</summary>
    /// <exception cref="CalendarRangeException">The day is outside the calendar's years.</exception>
    public void CheckInCalendar(LocalDate day, string parameter)
    {
        if (day < Calendar.First || day > Calendar.Last)
        {
            throw new CalendarRangeException(parameter, day, Calendar.First, Calendar.Last);
        }
    }
}
