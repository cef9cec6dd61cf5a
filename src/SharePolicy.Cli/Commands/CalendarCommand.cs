using System.CommandLine;
using System.Globalization;
using SharePolicy.Calendar;
using SharePolicy.Hosting;

namespace SharePolicy.Cli.Commands;

/// <summary>
/// <c>sharepolicy calendar --from D --to D</c>: one line per date, <c>YYYY-MM-DD working</c> or <c>YYYY-MM-DD off</c>
/// (followed by <c> provisional</c> for a projected day); <c>calendar import</c> turns a holiday notice's text into a
/// calendar file; <c>calendar status</c> shows the confirmed and provisional years and the days left.
/// </summary>
internal static class CalendarCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var from = CliOptions.Date("--from", "The first date to classify.");
        var to = CliOptions.Date("--to", "The last date to classify.");
        from.Required = false;
        to.Required = false;
        var command = new Command("calendar", "Classify every date of a range as a working day or a day off; import a notice; show the calendar's horizon.")
        {
            from, to,
        };
        var calendars = CliOptions.Calendar(command);
        command.Subcommands.Add(Import(output, error));
        command.Subcommands.Add(Status(output, error));
        command.SetAction(async (result, cancellationToken) =>
        {
            if (result.GetResult(from) is null || result.GetResult(to) is null)
            {
                await error.WriteLineAsync("error: give --from and --to, or a subcommand (import, status); see 'sharepolicy calendar --help'.").ConfigureAwait(false);
                return SharePolicyCli.UsageError;
            }

            var first = result.GetValue(from);
            var last = result.GetValue(to);
            if (last < first)
            {
                await error.WriteLineAsync($"error: --to {last:uuuu-MM-dd} is before --from {first:uuuu-MM-dd}.").ConfigureAwait(false);
                return SharePolicyCli.UsageError;
            }

            try
            {
                var calendar = await calendars.LoadAsync(result, cancellationToken).ConfigureAwait(false);
                // Fail before printing anything when the range leaves the calendar, naming the first day it cannot classify.
                calendar.IsWorkingDay(first);
                calendar.IsWorkingDay(last > calendar.Last ? calendar.Last.PlusDays(1) : last);
                for (var date = first; date <= last; date = date.PlusDays(1))
                {
                    var provisional = calendar.IsProvisional(date) ? " provisional" : string.Empty;
                    await output.WriteLineAsync($"{date:uuuu-MM-dd} {(calendar.IsWorkingDay(date) ? "working" : "off")}{provisional}").ConfigureAwait(false);
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

    // calendar import NOTICE [AMENDMENT…] [--out DIR] [--number 国办发明电〔…〕N号]
    private static Command Import(TextWriter output, TextWriter error)
    {
        var files = new Argument<FileInfo[]>("notices")
        {
            Description = "The text of a year's holiday notice, then of each later notice that changes the year, in order.",
            Arity = ArgumentArity.OneOrMore,
        };
        var directory = new Option<DirectoryInfo?>("--out") { Description = "Write YYYY.yaml into this directory (made if need be); without it, print the file." };
        var number = new Option<string?>("--number") { Description = "The year's notice's 发文字号 (国办发明电〔2025〕7号) when its published text leaves it out." };
        var command = new Command("import", "Turn the text of a State Council holiday notice (and its amendments) into that year's calendar file, checked against the statutory holidays.")
        {
            files, directory, number,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            try
            {
                var paths = result.GetValue(files)!;
                var notices = new List<HolidayNotice>(paths.Length);
                for (var i = 0; i < paths.Length; i++)
                {
                    var text = await ReadNoticeAsync(paths[i], cancellationToken).ConfigureAwait(false);
                    notices.Add(HolidayNotice.Parse(text, paths[i].Name, i == 0 ? result.GetValue(number) : null));
                }

                var year = notices[0].ToCalendarYear(notices.Skip(1));
                var yaml = CalendarFileWriter.Write(year);
                if (result.GetValue(directory) is not { } target)
                {
                    await output.WriteAsync(yaml).ConfigureAwait(false);
                    return SharePolicyCli.Success;
                }

                target.Create();
                var path = Path.Combine(target.FullName, string.Create(CultureInfo.InvariantCulture, $"{year.Year}.yaml"));
                await File.WriteAllTextAsync(path, yaml, cancellationToken).ConfigureAwait(false);
                await output.WriteLineAsync($"wrote {path}: {year.Year}, {year.Holidays.Count} holidays, from {year.Source.ZhHans}").ConfigureAwait(false);
                return SharePolicyCli.Success;
            }
            catch (HolidayNoticeException exception)
            {
                await error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
                return SharePolicyCli.Failure;
            }
        });
        return command;
    }

    // calendar status [--calendar DIR] [--provisional] [--today D]
    private static Command Status(TextWriter output, TextWriter error)
    {
        var today = CliOptions.Date("--today", "The day to count from; today in Asia/Shanghai when left out.");
        today.Required = false;
        var command = new Command("status", "The calendar's confirmed years, any provisional years, and the days left to the last confirmed day.") { today };
        var calendars = CliOptions.Calendar(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            try
            {
                var calendar = await calendars.LoadAsync(result, cancellationToken).ConfigureAwait(false);
                var day = result.GetResult(today) is null ? CliOptions.Today() : result.GetValue(today);
                var horizon = new CalendarHorizon(calendar.LastConfirmed, day, calendar.ProvisionalYears);
                var confirmed = calendar.Years.Where(year => year.Kind == CalendarYearKind.National).Select(year => year.Year).ToArray();
                var local = calendar.Years.Where(year => year.Kind == CalendarYearKind.Local).Select(year => year.Year).Distinct().ToArray();
                await output.WriteLineAsync($"confirmed:   {confirmed[0]}-{confirmed[^1]} (State Council notices)").ConfigureAwait(false);
                await output.WriteLineAsync($"local days:  {(local.Length == 0 ? "none" : string.Join(", ", local))}").ConfigureAwait(false);
                await output.WriteLineAsync($"provisional: {(horizon.ProvisionalYears.Count == 0 ? "none" : string.Join(", ", horizon.ProvisionalYears) + " (statutory holidays only)")}").ConfigureAwait(false);
                await output.WriteLineAsync($"last confirmed day: {calendar.LastConfirmed:uuuu-MM-dd}").ConfigureAwait(false);
                await output.WriteLineAsync(horizon.DaysLeft >= 0
                    ? $"days left: {horizon.DaysLeft} (from {day:uuuu-MM-dd}); load the notice for {horizon.NextYear} when it is published"
                    : $"days left: 0; the notice for {horizon.NextYear} is {-horizon.DaysLeft} days overdue (from {day:uuuu-MM-dd})").ConfigureAwait(false);
                return SharePolicyCli.Success;
            }
            catch (Exception exception) when (exception is CalendarLoadException or DirectoryNotFoundException)
            {
                await error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
                return SharePolicyCli.UsageError;
            }
        });
        return command;
    }

    // A notice is a page of text: read at most 64 KiB of it, as UTF-8.
    private static async Task<string> ReadNoticeAsync(FileInfo file, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            throw new FileNotFoundException($"The notice '{file.FullName}' does not exist.", file.FullName);
        }

        if (file.Length is 0 or > 64 * 1024)
        {
            throw new IOException($"The notice '{file.FullName}' is {file.Length} bytes; a notice's text is a regular file of 1 byte to 64 KiB.");
        }

        return await File.ReadAllTextAsync(file.FullName, cancellationToken).ConfigureAwait(false);
    }
}
