using System.CommandLine;
using System.Globalization;
using SharePolicy.Calendar;
using SharePolicy.Compilation;
using SharePolicy.Scenarios;

namespace SharePolicy.Cli.Commands;

/// <summary>
/// <c>sharepolicy test PATH…</c>: runs the scenarios of scenario files against their rule sets; prints one line
/// per failing scenario (<c>FAIL file:line "name": what: expected […], got […]; …</c>) and, last,
/// <c>N passed, N failed</c>. Exits with 1 when a scenario fails.
/// </summary>
internal static class TestCommand
{
    public static Command Create(TextWriter output, TextWriter error, OutputStyle style)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Scenario files, or directories whose *.yaml files are scenario files (subdirectories are not searched).",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("test", "Run article-example scenarios against a rule library: each failure, then 'N passed, N failed'.")
        {
            paths,
        };
        var rules = CliOptions.Rules(command, "A directory of rule sets to run every scenario against, instead of each file's ruleSet or the embedded default library.");
        var calendars = CliOptions.Calendar(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            try
            {
                var files = await ReadAsync(Discover(result.GetValue(paths)!), error, cancellationToken).ConfigureAwait(false);
                if (files is null)
                {
                    return SharePolicyCli.UsageError;
                }

                var calendar = await calendars.LoadAsync(result, cancellationToken).ConfigureAwait(false);
                int passed = 0, failed = 0;
                foreach (var file in files)
                {
                    var ruleSet = await rules.LoadAsync(result, file.RuleSetDirectory, file.OverlayDirectory, cancellationToken).ConfigureAwait(false);

                    foreach (var scenario in file.Scenarios)
                    {
                        var failures = Run(scenario, ruleSet, calendar);
                        if (failures.Count == 0)
                        {
                            passed++;
                            continue;
                        }

                        failed++;
                        await output.WriteLineAsync(
                            $"{style.Failed("FAIL")} {style.Emphasis($"{scenario.File}:{scenario.Line}")} \"{scenario.Name}\": {string.Join("; ", failures)}").ConfigureAwait(false);
                    }
                }

                var summary = string.Create(CultureInfo.InvariantCulture, $"{passed} passed, {failed} failed");
                await output.WriteLineAsync(failed == 0 ? style.Passed(summary) : style.Failed(summary)).ConfigureAwait(false);
                return failed == 0 ? SharePolicyCli.Success : SharePolicyCli.Failure;
            }
            catch (Exception exception) when (CliOptions.IsInputError(exception))
            {
                await CliOptions.WriteErrorAsync(error, exception).ConfigureAwait(false);
                return SharePolicyCli.UsageError;
            }
        });
        return command;
    }

    // Files as given, and the *.yaml files of directories in name order; a path that is neither is an error.
    private static List<string> Discover(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                // Its subfolders too (an instrument's examples in a folder of their own), as `opa test` reads a tree.
                var found = ScenarioFileReader.FindFiles(path);
                files.AddRange(found.Count > 0 ? found : throw new FileNotFoundException($"The directory '{path}' holds no scenario files (*.yaml).", path));
            }
            else
            {
                throw new FileNotFoundException($"'{path}' is neither a scenario file nor a directory.", path);
            }
        }

        return files;
    }

    // Reads every file before running any, so that every malformed file is reported at once; null when one is.
    private static async Task<List<ScenarioFile>?> ReadAsync(List<string> paths, TextWriter error, CancellationToken cancellationToken)
    {
        var files = new List<ScenarioFile>(paths.Count);
        var malformed = 0;
        foreach (var path in paths)
        {
            try
            {
                files.Add(await ScenarioFileReader.ReadAsync(path, cancellationToken).ConfigureAwait(false));
            }
            catch (ScenarioFormatException exception)
            {
                malformed++;
                await CliOptions.WriteErrorAsync(error, exception).ConfigureAwait(false);
            }
        }

        return malformed == 0 ? files : null;
    }

    // A scenario whose facts the engine refuses (an item the entry lacks, a date beyond the calendar) fails with the reason.
    private static IReadOnlyList<string> Run(Scenario scenario, RuleLibrary ruleSet, WorkingDayCalendar calendar)
    {
        try
        {
            return ScenarioRunner.Run(scenario, ruleSet, calendar).Failures;
        }
        catch (ArgumentException exception)
        {
            return [$"error: {exception.Message}"];
        }
    }
}
