using NodaTime;
using SharePolicy.Calendar;
using SharePolicy.Compilation;
using SharePolicy.Questions;
using SharePolicy.Rules;

namespace SharePolicy.Scenarios;

/// <summary>
/// The facts of one decision, read from a request file: a scenario's <c>question</c> and <c>given</c>, with the time
/// it is asked at and the place it is asked for (docs/scenario-files.md, "Request files").
/// </summary>
public sealed class RequestFile
{
    internal RequestFile(string path, PolicyQuestion question, object input, Instant time)
    {
        Path = path;
        Question = question;
        Input = input;
        Time = time;
    }

    /// <summary>The file's path.</summary>
    public string Path { get; }

    /// <summary>The question the file asks.</summary>
    public PolicyQuestion Question { get; }

    /// <summary>What the question is asked about, e.g. an <see cref="AccessInput"/>.</summary>
    public object Input { get; }

    /// <summary>The time it is asked at: the file's <c>now</c>, else the time its facts state (the request's submission, the change, …).</summary>
    public Instant Time { get; }

    /// <summary>The region code the decision is made for; null for national rules alone.</summary>
    public string? Jurisdiction { get; init; }

    /// <summary>How the file reads the law where it is open (its <c>readings:</c>); <see cref="LegalReadings.Default"/> unless it says.</summary>
    public LegalReadings Readings { get; init => field = value ?? throw new ArgumentNullException(nameof(Readings)); } = LegalReadings.Default;

    /// <summary>Decides the facts with the library and calendar, as at <see cref="Time"/>.</summary>
    /// <param name="rules">The rule library.</param>
    /// <param name="calendar">The working-day calendar; <see cref="WorkingDayCalendar.China"/> when null.</param>
    /// <param name="jurisdiction">The region code to decide for instead of <see cref="Jurisdiction"/>; null for the file's.</param>
    /// <param name="readings">How to read the law where it is open, instead of <see cref="Readings"/>; null for the file's.</param>
    /// <exception cref="ArgumentException">The facts do not fit together (e.g. a requested item the entry does not have), or the jurisdiction is not a region code.</exception>
    /// <exception cref="CalendarRangeException">A date falls beyond the calendar's years.</exception>
    public Decision Decide(RuleLibrary rules, WorkingDayCalendar? calendar = null, string? jurisdiction = null, LegalReadings? readings = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return ((IBoundQuestion)Question).Decide(FixedClock.Engine(Time, rules, calendar, readings ?? Readings), Input, jurisdiction ?? Jurisdiction);
    }
}
