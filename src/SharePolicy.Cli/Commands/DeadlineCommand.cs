using System.CommandLine;
using SharePolicy.Calendar;

namespace SharePolicy.Cli.Commands;

/// <summary>
/// <c>sharepolicy deadline --from D --working-days N [--provisional]</c>: the N-th working day after D (D itself not
/// counted), as <c>YYYY-MM-DD</c> on the last line, followed by <c> provisional</c> when it counts a projected day.
/// </summary>
internal static class DeadlineCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var from = CliOptions.Date("--from", "The day the period starts from, e.g. the day an application is received; it is not counted.");
        var workingDays = new Option<int>("--working-days")
        {
            Description = "How many working days, e.g. 10 for a reply (Art. 12 ¶1) or 15 for a catalog update (Art. 8).",
            Required = true,
        };
        var command = new Command("deadline", "The due date of a period of working days.") { from, workingDays };
        var calendars = CliOptions.Calendar(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var days = result.GetValue(workingDays);
            if (days < 0)
            {
                await error.WriteLineAsync($"error: --working-days must be 0 or more, not {days}.").ConfigureAwait(false);
                return SharePolicyCli.UsageError;
            }

            try
            {
                var calendar = await calendars.LoadAsync(result, cancellationToken).ConfigureAwait(false);
                var due = calendar.AddWorkingDays(result.GetValue(from), days);
                await output.WriteLineAsync($"{due:uuuu-MM-dd}{(calendar.IsProvisional(due) ? " provisional" : string.Empty)}").ConfigureAwait(false);
                return SharePolicyCli.Success;
            }
            catch (Exception exception) when (exception is CalendarRangeException or CalendarLoadException or DirectoryNotFoundException)
            {
                await error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
                return SharePolicyCli.UsageError;
            }
        });
        return command;
    }
}
