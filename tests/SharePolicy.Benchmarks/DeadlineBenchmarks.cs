using BenchmarkDotNet.Attributes;
using NodaTime;
using SharePolicy.Calendar;
using SharePolicy.Engine;
using SharePolicy.Model;

namespace SharePolicy.Benchmarks;

/// <summary>
/// A reply deadline (10 working days, Art. 12 ¶1) as the engine computes it (a calendar table look-up and the end of
/// the due date in Asia/Shanghai), against a hand-written day-by-day count over the same holiday notices.
/// Times are per deadline, over 1,000 start dates spread across 2016-2026.
/// </summary>
[MemoryDiagnoser]
public class DeadlineBenchmarks
{
    private const int Starts = 1000;
    private const int WorkingDays = 10;

    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.China;
    private static readonly DateTimeZone Zone = SharePolicyEngine.ChinaStandardTime;

    private readonly HashSet<LocalDate> _offWeekdays = [];
    private readonly HashSet<LocalDate> _workingWeekends = [];
    private LocalDate[] _starts = [];

    [GlobalSetup]
    public void Setup()
    {
        var first = new LocalDate(2016, 1, 1);
        _starts = Enumerable.Range(0, Starts).Select(i => first.PlusDays(i * 4)).ToArray();
        foreach (var holiday in Calendar.Years.SelectMany(year => year.Holidays))
        {
            _offWeekdays.UnionWith(holiday.Off);
            _workingWeekends.UnionWith(holiday.Workdays);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Starts)]
    public int HandWrittenDayByDay()
    {
        var days = 0;
        foreach (var start in _starts)
        {
            var due = start;
            for (var counted = 0; counted < WorkingDays;)
            {
                due = due.PlusDays(1);
                var weekend = due.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
                if (weekend ? _workingWeekends.Contains(due) : !_offWeekdays.Contains(due))
                {
                    counted++;
                }
            }

            days += new Deadline(due, Zone.AtStartOfDay(due.PlusDays(1)).ToInstant()).DueDate.Day;
        }

        return days;
    }

    [Benchmark(OperationsPerInvoke = Starts)]
    public int Engine()
    {
        var days = 0;
        foreach (var start in _starts)
        {
            // What DeadlineCalculator.Compute does for a WorkingDaysDeadline.
            var due = Calendar.AddWorkingDays(start, WorkingDays);
            days += new Deadline(due, Zone.AtStartOfDay(due.PlusDays(1)).ToInstant()).DueDate.Day;
        }

        return days;
    }
}
