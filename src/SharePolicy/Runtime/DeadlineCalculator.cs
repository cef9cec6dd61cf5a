using NodaTime;
using SharePolicy.Calendar;
using SharePolicy.Model;
using SharePolicy.Questions;
using SharePolicy.Rules;

namespace SharePolicy.Runtime;

/// <summary>Turns a rule's deadline into a date and an instant: working days on the calendar, ends of days in the time zone.</summary>
internal sealed class DeadlineCalculator(WorkingDayCalendar calendar, DateTimeZone zone)
{
    /// <summary>
    /// The deadline of an obligation arising on <paramref name="start"/>; the start day itself is not counted. A count of
    /// working days that reaches a provisional year is provisional from the end of the calendar's last confirmed day.
    /// </summary>
    /// <exception cref="CalendarRangeException">The due date is beyond the calendar's years.</exception>
    public Deadline Compute(DeadlineRule rule, LocalDate start)
    {
        var (due, counted) = rule switch
        {
            WorkingDaysDeadline working => (calendar.AddWorkingDays(start, working.WorkingDays), true),
            EndOfMonthDeadline endOfMonth => (new LocalDate(start.Year + endOfMonth.YearsAfter, endOfMonth.Month, 1).PlusMonths(1).PlusDays(-1), false),
            YearsDeadline years => (start.PlusYears(years.Years), false),
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown kind of deadline."),
        };
        return QuestionContext.DeadlineOn(due, counted, calendar, zone) with
        {
            ExtendableBy = rule is WorkingDaysDeadline { ExtendableBy: var extension } ? extension : 0,
            IsMinimumPeriod = rule is YearsDeadline,
        };
    }
}
