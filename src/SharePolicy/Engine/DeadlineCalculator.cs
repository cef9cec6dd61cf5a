using NodaTime;
using SharePolicy.Calendar;
using SharePolicy.Model;
using SharePolicy.Rules;

namespace SharePolicy.Engine;

/// <summary>Turns a rule's deadline into a date and an instant: working days on the calendar, ends of days in the time zone.</summary>
internal sealed class DeadlineCalculator(WorkingDayCalendar calendar, DateTimeZone zone)
{
    /// <summary>The deadline of an obligation arising on <paramref name="start"/>; the start day itself is not counted.</summary>
    /// <exception cref="CalendarRangeException">The due date is beyond the calendar's years.</exception>
    public Deadline Compute(DeadlineRule rule, LocalDate start)
    {
        var due = rule switch
        {
            WorkingDaysDeadline working => calendar.AddWorkingDays(start, working.WorkingDays),
            EndOfMonthDeadline endOfMonth => new LocalDate(start.Year + endOfMonth.YearsAfter, endOfMonth.Month, 1).PlusMonths(1).PlusDays(-1),
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown kind of deadline."),
        };
        return new Deadline(due, zone.AtStartOfDay(due.PlusDays(1)).ToInstant());
    }
}
