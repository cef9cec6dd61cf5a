using System.CommandLine;
using System.Globalization;
using SharePolicy.Compilation;

namespace SharePolicy.Cli.Commands;

/// <summary>
/// <c>sharepolicy lint [DIR] [--overlays DIR]</c>: loads a library of rule sets as the engine would and prints every error as
/// <c>file:line:column: message</c>, and every warning (an overlay that would loosen national law) as
/// <c>file:line:column: warning: message</c>; the last line is <c>N errors</c>, <c>N warnings</c>, or
/// <c>ok: N rules in M rule sets</c>. Exits with 1 on an error or a warning.
/// </summary>
internal static class LintCommand
{
    public static Command Create(TextWriter output, TextWriter error, OutputStyle style)
    {
        var directory = new Argument<string?>("directory")
        {
            Description = "The directory of rule sets (*.yaml, *.yml, subdirectories included) to check, e.g. rules; the embedded default library when left out.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var overlays = new Option<DirectoryInfo?>("--overlays")
        {
            Description = "A directory of rule sets added to the library before it is checked: a province's or city's overlays on the embedded default, say.",
        };
        var command = new Command("lint", "Check a library of rule sets: every error and warning with its file, line and column.") { directory, overlays };
        command.SetAction(async (result, cancellationToken) =>
        {
            try
            {
                var rules = await RuleSetLoader.LoadAsync(result.GetValue(directory), result.GetValue(overlays)?.FullName, cancellationToken).ConfigureAwait(false);
                foreach (var warning in rules.Warnings)
                {
                    await output.WriteLineAsync($"{style.Emphasis(warning.Where.ToString())}: warning: {warning.Message}").ConfigureAwait(false);
                }

                if (rules.Warnings.Count > 0)
                {
                    var warnings = rules.Warnings.Count;
                    await output.WriteLineAsync(style.Failed(string.Create(CultureInfo.InvariantCulture, $"{warnings} {(warnings == 1 ? "warning" : "warnings")}"))).ConfigureAwait(false);
                    return SharePolicyCli.Failure;
                }

                await output.WriteLineAsync(style.Passed(string.Create(CultureInfo.InvariantCulture,
                    $"ok: {rules.Rules.Count} rules in {rules.RuleSets.Count} {(rules.RuleSets.Count == 1 ? "rule set" : "rule sets")}"))).ConfigureAwait(false);
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
                await CliOptions.WriteErrorAsync(error, exception).ConfigureAwait(false);
                return SharePolicyCli.UsageError;
            }
        });
        return command;
    }
}
