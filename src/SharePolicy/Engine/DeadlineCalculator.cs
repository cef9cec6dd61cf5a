using NodaTime;
using SharePolicy.Calendar;
using SharePolicy.Model;
using SharePolicy.Rules;

namespace SharePolicy.Engine;

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
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown kind of deadline."),
        };
        return new Deadline(due, zone.AtStartOfDay(due.PlusDays(1)).ToInstant())
        {
            ProvisionalFrom = counted && calendar.IsProvisional(due) ? zone.AtStartOfDay(calendar.LastConfirmed.PlusDays(1)).ToInstant() : null,
        };
    }

    /// <summary>The reason a decision gives for a deadline counted on provisional days: which years' notices are missing.</summary>
    public Reason ProvisionalReason(Deadline deadline)
    {
        var from = calendar.LastConfirmed.Year + 1;
        var years = deadline.DueDate.Year > from ? FormattableString.Invariant($"{from}–{deadline.DueDate.Year}") : from.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new Reason(Reason.ProvisionalDeadline, new BilingualText(
            $"截止日期按{years}年的法定节假日推算：尚未载入国务院办公厅{years}年部分节假日安排的通知，{deadline.DueDate:uuuu-MM-dd}为暂定日期，通知发布后可能变动。",
            $"The deadline counts days of {years} projected from the statutory holidays alone: the State Council's holiday notice for {years} is not loaded, so {deadline.DueDate:uuuu-MM-dd} is provisional and may move when it is published."), []);
    }
}
