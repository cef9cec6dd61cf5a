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

    /// <summary><c>--calendar DIR</c>: calendar files to add to the national calendar (e.g. a province's local holidays).</summary>
    public static Option<DirectoryInfo?> CalendarDirectory() => new("--calendar")
    {
        Description = "A directory of calendar files (one notice per YAML file) added to the national calendar.",
    };

    public static async Task<WorkingDayCalendar> LoadCalendarAsync(DirectoryInfo? directory, CancellationToken cancellationToken) =>
        directory is null
            ? WorkingDayCalendar.China
            : await WorkingDayCalendar.LoadAsync(directory.FullName, withNationalCalendar: true, cancellationToken).ConfigureAwait(false);

    /// <summary><c>--rules DIR</c>: a directory of rule files to decide with instead of the embedded default rule set.</summary>
    public static Option<DirectoryInfo?> RuleSetDirectory(string description) => new("--rules") { Description = description };

    public static async Task<CompiledRuleSet> LoadRuleSetAsync(string? directory, CancellationToken cancellationToken) =>
        directory is null
            ? RuleSetLoader.LoadDefault()
            : await RuleSetLoader.LoadDirectoryAsync(directory, cancellationToken).ConfigureAwait(false);

    /// <summary>True for the errors of input that a command cannot run with: it prints the message and exits with 2.</summary>
    public static bool IsInputError(Exception exception) =>
        exception is RuleSetLoadException or CalendarLoadException or CalendarRangeException or ScenarioFormatException
            or IOException or UnauthorizedAccessException;
}
