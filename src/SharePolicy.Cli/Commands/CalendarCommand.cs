using System.CommandLine;
using SharePolicy.Calendar;

namespace SharePolicy.Cli.Commands;

/// <summary><c>sharepolicy calendar --from D --to D</c>: one line per date, <c>YYYY-MM-DD working</c> or <c>YYYY-MM-DD off</c>.</summary>
internal static class CalendarCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var from = CliOptions.Date("--from", "The first date to classify.");
        var to = CliOptions.Date("--to", "The last date to classify.");
        var calendarDirectory = CliOptions.CalendarDirectory();
        var command = new Command("calendar", "Classify every date of a range as a working day or a day off.") { from, to, calendarDirectory };
        command.SetAction(async (result, cancellationToken) =>
        {
            var first = result.GetValue(from);
            var last = result.GetValue(to);
            if (last < first)
            {
                await error.WriteLineAsync($"error: --to {last:uuuu-MM-dd} is before --from {first:uuuu-MM-dd}.").ConfigureAwait(false);
                return SharePolicyCli.UsageError;
            }

            try
            {
                var calendar = await CliOptions.LoadCalendarAsync(result.GetValue(calendarDirectory), cancellationToken).ConfigureAwait(false);
                calendar.IsWorkingDay(last); // fail before printing anything when the range leaves the calendar
                calendar.IsWorkingDay(first);
                for (var date = first; date <= last; date = date.PlusDays(1))
                {
                    await output.WriteLineAsync($"{date:uuuu-MM-dd} {(calendar.IsWorkingDay(date) ? "working" : "off")}").ConfigureAwait(false);
                }

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
