using System.CommandLine;
using System.Globalization;
using SharePolicy.Compilation;

namespace SharePolicy.Cli.Commands;

/// <summary>
/// <c>sharepolicy lint DIR</c>: loads a directory of rule files as the engine would and prints every error as
/// <c>file:line:column: message</c>; the last line is <c>N errors</c>, or <c>ok: N rules</c> when the set loads.
/// </summary>
internal static class LintCommand
{
    public static Command Create(TextWriter output, TextWriter error, OutputStyle style)
    {
        var directory = new Argument<string>("directory") { Description = "The directory of rule files (*.yaml, *.yml) to check, e.g. rules." };
        var command = new Command("lint", "Check a directory of rule files: every error with its file, line and column.") { directory };
        command.SetAction(async (result, cancellationToken) =>
        {
            try
            {
                var rules = await RuleSetLoader.LoadDirectoryAsync(result.GetValue(directory)!, cancellationToken).ConfigureAwait(false);
                await output.WriteLineAsync(style.Passed(string.Create(CultureInfo.InvariantCulture, $"ok: {rules.Rules.Count} rules"))).ConfigureAwait(false);
                return SharePolicyCli.Success;
            }
            catch (RuleSetLoadException exception)
            {
                foreach (var fileError in exception.Errors)
                {
                    await output.WriteLineAsync($"{style.Emphasis(fileError.Where.ToString())}: {fileError.Message}").ConfigureAwait(false);
                }

                var count = exception.Errors.Count;
                await output.WriteLineAsync(style.Failed(string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? "error" : "errors")}"))).ConfigureAwait(false);
                return SharePolicyCli.Failure;
            }
            catch (Exception exception) when (CliOptions.IsInputError(exception))
            {
                await error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
                return SharePolicyCli.UsageError;
            }
        });
        return command;
    }
}
