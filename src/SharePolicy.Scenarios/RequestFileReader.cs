using NodaTime;
using SharePolicy.Calendar;
using SharePolicy.Compilation;

namespace SharePolicy.Scenarios;

/// <summary>
/// The facts of one decision, read from a request file: what a scenario states under <c>given</c> (an
/// <c>entry</c> and a <c>request</c>, or a <c>change</c>, or a <c>report</c>), at the top of the file.
/// </summary>
/// <param name="Path">The file's path.</param>
/// <param name="Facts">The facts, which say which question is asked.</param>
/// <param name="Time">The time the facts state: the request's submission, the change, or the end of the year reported on.</param>
public sealed record RequestFile(string Path, ScenarioFacts Facts, Instant Time)
{
    /// <summary>Decides the facts with the rule set and calendar, as at <see cref="Time"/>.</summary>
    /// <param name="rules">The rule set.</param>
    /// <param name="calendar">The working-day calendar; <see cref="WorkingDayCalendar.China"/> when null.</param>
    /// <exception cref="ArgumentException">The facts do not fit together, e.g. a requested item the entry does not have.</exception>
    /// <exception cref="CalendarRangeException">A deadline falls beyond the calendar's years.</exception>
    public FactsDecision Decide(CompiledRuleSet rules, WorkingDayCalendar? calendar = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return Facts.DecideWith(FixedClock.Engine(Time, rules, calendar));
    }
}

/// <summary>Reads request files (docs/scenario-files.md, "Request files"); anchors and merge keys are allowed, as in scenario files.</summary>
public static class RequestFileReader
{
    /// <summary>Reads a request file from disk.</summary>
    /// <exception cref="ScenarioFormatException">The file is malformed; the message names the line.</exception>
    public static async Task<RequestFile> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var content = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        return Parse(path, content);
    }

    /// <summary>Reads a request file from its text.</summary>
    /// <param name="path">The path errors name.</param>
    /// <param name="content">The YAML text.</param>
    /// <exception cref="ScenarioFormatException">The file is malformed; the message names the line.</exception>
    public static RequestFile Parse(string path, string content)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(content);
        var document = ScenarioYaml.Deserialize<RequestFileDocument>(path, content);
        try
        {
            var (facts, _, time) = new FactsMapper(path, 1, given: null).Given(document);
            return new RequestFile(path, facts, time);
        }
        catch (ArgumentException exception)
        {
            throw new ScenarioFormatException(path, 1, exception.Message, exception);
        }
    }
}
