using System.CommandLine;
using SharePolicy.Cli.Commands;

namespace SharePolicy.Cli;

/// <summary>The <c>sharepolicy</c> command line: one sub-command per task, writing to the writers it is given.</summary>
public static class SharePolicyCli
{
    /// <summary>Exit code of a command that ran and found nothing wrong.</summary>
    public const int Success = 0;

    /// <summary>Exit code of a command that ran and found something wrong (a failing scenario, a rule-file error).</summary>
    public const int Failure = 1;

    /// <summary>Exit code of a command that could not run: bad arguments or unreadable input.</summary>
    public const int UsageError = 2;

    /// <summary>Exit code of a command that failed for a reason of the tool's own (a fault to report); the message names it.</summary>
    public const int InternalError = 3;

    /// <summary>Parses and runs a command line, writing plain text.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="output">Where results go (standard output).</param>
    /// <param name="error">Where errors go (standard error).</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The exit code.</returns>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        RunAsync(args, output, error, OutputStyle.Plain, cancellationToken);

    /// <summary>Parses and runs a command line.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="output">Where results go (standard output).</param>
    /// <param name="error">Where errors go (standard error).</param>
    /// <param name="style">Colours for a terminal, or plain text (<see cref="OutputStyle.Detect"/>).</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, OutputStyle style, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(style);
        var root = new RootCommand("SharePolicy: share-policy decisions under the Interim Measures (国发〔2016〕51号).")
        {
            CalendarCommand.Create(output, error),
            DeadlineCommand.Create(output, error),
            LintCommand.Create(output, error, style),
            TestCommand.Create(output, error, style),
            DecideCommand.Create(output, error, style),
            BenchCommand.Create(output, error),
        };
        return await RunAsync(root, args, output, error, cancellationToken).ConfigureAwait(false);
    }

    // Runs a command line of the given commands. Whatever a command throws ends as one line on standard error and an
    // exit code, never as a stack trace: a user is told what went wrong, not where in the code.
    internal static async Task<int> RunAsync(RootCommand root, string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // Standard output carries results only: errors, and the hint to --help, go to standard error.
            foreach (var parseError in parsed.Errors)
            {
                await error.WriteLineAsync($"error: {parseError.Message}").ConfigureAwait(false);
            }

            await error.WriteLineAsync("Run 'sharepolicy --help' or 'sharepolicy <command> --help' for usage.").ConfigureAwait(false);
            return UsageError;
        }

        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return await parsed.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("error: cancelled.").ConfigureAwait(false);
            return UsageError;
        }
        catch (Exception exception) when (Commands.CliOptions.IsInputError(exception) || exception is ArgumentException)
        {
            await error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
            return UsageError;
        }
        catch (Exception exception)
        {
            await error.WriteLineAsync($"error: {exception.GetType().Name}: {exception.Message}").ConfigureAwait(false);
            await error.WriteLineAsync("This is a fault in sharepolicy; please report it with the command line that caused it.").ConfigureAwait(false);
            return InternalError;
        }
    }
}
