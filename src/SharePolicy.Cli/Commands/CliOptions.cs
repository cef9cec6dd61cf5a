using System.CommandLine;
using NodaTime;
using NodaTime.Text;
using SharePolicy.Calendar;
using SharePolicy.Compilation;
using SharePolicy.Scenarios;

namespace SharePolicy.Cli.Commands;

/// <summary>Options several commands share.</summary>
internal static class CliOptions
{
    /// <summary>A required ISO date option, e.g. <c>--from 2025-09-28</c>.</summary>
    public static Option<LocalDate> Date(string name, string description) => new(name)
    {
        Description = description,
        Required = true,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            var parsed = LocalDatePattern.Iso.Parse(text);
            if (!parsed.Success)
            {
                result.AddError($"{name} '{text}' is not a date; write yyyy-MM-dd.");
                return default;
            }

            return parsed.Value;
        },
    };

    /// <summary>
    /// <c>--calendar DIR</c> (calendar files added to the national calendar: a province's local days, or the next year's
    /// notice) and <c>--provisional</c> (the year after the last notice, projected from the statutory holidays).
    /// </summary>
    public static CalendarChoice Calendar(Command command)
    {
        var choice = new CalendarChoice();
        command.Options.Add(choice.Directory);
        command.Options.Add(choice.Provisional);
        return choice;
    }

    /// <summary>
    /// <c>--rules DIR</c> (a directory of rule sets instead of the embedded default library) and <c>--overlays DIR</c> (rule
    /// sets added to it: a province's or city's overlays).
    /// </summary>
    public static RuleChoice Rules(Command command, string rulesDescription)
    {
        var choice = new RuleChoice(rulesDescription);
        command.Options.Add(choice.Directory);
        command.Options.Add(choice.Overlays);
        return choice;
    }

    /// <summary>The rule options of a command, and the libraries they choose, each loaded once.</summary>
    public sealed class RuleChoice(string rulesDescription)
    {
        private readonly Dictionary<(string?, string?), RuleLibrary> _loaded = [];

        public Option<DirectoryInfo?> Directory { get; } = new("--rules") { Description = rulesDescription };

        public Option<DirectoryInfo?> Overlays { get; } = new("--overlays")
        {
            Description = "A directory of rule sets added to the library (a province's or city's overlays, docs/rule-sets.md).",
        };

        /// <summary>The library the options name, else the one given (a scenario file's ruleSet and overlays), else the embedded default.</summary>
        public async Task<RuleLibrary> LoadAsync(ParseResult result, string? directory, string? overlays, CancellationToken cancellationToken)
        {
            var key = (result.GetValue(Directory)?.FullName ?? directory, result.GetValue(Overlays)?.FullName ?? overlays);
            if (!_loaded.TryGetValue(key, out var library))
            {
                library = await RuleSetLoader.LoadAsync(key.Item1, key.Item2, cancellationToken).ConfigureAwait(false);
                _loaded[key] = library;
            }

            return library;
        }
    }

    /// <summary>The calendar options of a command, and the calendar they choose.</summary>
    public sealed class CalendarChoice
    {
        public Option<DirectoryInfo?> Directory { get; } = new("--calendar")
        {
            Description = "A directory of calendar files (one notice per YAML file) added to the national calendar: local days, or the next year's notice.",
        };

        public Option<bool> Provisional { get; } = new("--provisional")
        {
            Description = "Count the year after the last notice from the statutory holidays alone; a date that counts one of its days is marked provisional.",
        };

        public async Task<WorkingDayCalendar> LoadAsync(ParseResult result, CancellationToken cancellationToken)
        {
            var calendar = result.GetValue(Directory) is { } directory
                ? await WorkingDayCalendar.LoadAsync(directory.FullName, withNationalCalendar: true, cancellationToken).ConfigureAwait(false)
                : WorkingDayCalendar.China;
            return calendar.WithProvisionalYears(result.GetValue(Provisional) ? 1 : 0);
        }
    }

    /// <summary>True for the errors of input that a command cannot run with: it prints the message and exits with 2.</summary>
    public static bool IsInputError(Exception exception) =>
        exception is RuleSetLoadException or CalendarLoadException or CalendarRangeException or ScenarioFormatException
            or IOException or UnauthorizedAccessException;

    /// <summary>Writes an input error as <c>error: …</c> lines: one per error of a scenario or request file, else its message.</summary>
    public static async Task WriteErrorAsync(TextWriter error, Exception exception)
    {
        var lines = exception is ScenarioFormatException format ? format.Errors.Select(each => each.ToString()) : [exception.Message];
        foreach (var line in lines)
        {
            await error.WriteLineAsync($"error: {line}").ConfigureAwait(false);
        }
    }

    /// <summary>Today in Asia/Shanghai, by the system clock: what a command counts from when not told another day.</summary>
    public static LocalDate Today() => SystemClock.Instance.GetCurrentInstant().InZone(SharePolicy.Engine.SharePolicyEngine.ChinaStandardTime).Date;
}
