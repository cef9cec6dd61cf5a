using NodaTime;
using NodaTime.Text;
using SharePolicy.Files;
using SharePolicy.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SharePolicy.Calendar;

/// <summary>
/// Reads one calendar data file (one notice, one year; docs/calendar.md) into a <see cref="CalendarYear"/>, node by node,
/// so that every error names its file, line and column.
/// </summary>
internal static class CalendarFileReader
{
    private const int MaxDepth = 8;
    private const int MaxHolidays = 32;

    private static readonly string[] FileFields = ["year", "kind", "source", "holidays"];
    private static readonly string[] TextFields = ["zh-Hans", "en"];
    private static readonly string[] HolidayFields = ["zh-Hans", "en", "off", "workdays"];
    private static readonly string[] RangeFields = ["from", "to"];

    /// <summary>Reads the file.</summary>
    /// <param name="path">The path errors name.</param>
    /// <param name="content">The YAML text.</param>
    /// <param name="defaultKind">The kind of a file that does not say: national for the embedded notices, local for a directory's.</param>
    /// <exception cref="CalendarLoadException">The file is malformed; the message lists every error with file, line and column.</exception>
    public static CalendarYear Read(string path, string content, CalendarYearKind defaultKind = CalendarYearKind.Local)
    {
        content = content.StartsWith('\uFEFF') ? content[1..] : content;
        var errors = new List<YamlProblem>();
        var fields = new YamlFields(path, content, errors);
        var year = Read(fields, content, defaultKind);
        return errors.Count == 0 && year is not null ? year : throw new CalendarLoadException(errors);
    }

    private static CalendarYear? Read(YamlFields fields, string content, CalendarYearKind defaultKind)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new DepthLimitedParser(content, MaxDepth));
        }
        catch (DepthLimitedParser.TooDeepException exception)
        {
            fields.Error(exception.Start, $"the file is nested more than {MaxDepth} deep; a calendar file needs three levels.");
            return null;
        }
        catch (YamlException exception)
        {
            fields.Error(exception.Start, $"not valid YAML: {(exception.InnerException ?? exception).Message}");
            return null;
        }
        catch (InvalidOperationException exception)
        {
            fields.Error(new Mark(0, 1, 1), $"not valid YAML (an unclosed bracket or quote?): {exception.Message}");
            return null;
        }

        if (stream.Documents.Count != 1)
        {
            fields.Error(Mark.Empty, $"a calendar file holds one YAML document, not {stream.Documents.Count}.");
            return null;
        }

        var root = fields.Map(stream.Documents[0].RootNode, "a calendar file", FileFields);
        if (root is null)
        {
            return null;
        }

        var year = root.Required("year") is { } yearNode ? fields.Number(yearNode, "year", 1949, 9998) : null;
        var kind = root.Optional("kind") is { } kindNode ? Kind(fields, kindNode) : defaultKind;
        var source = root.Required("source") is { } sourceNode ? Text(fields, sourceNode, "source") : null;
        var holidayNodes = root.Optional("holidays") is { } holidaysNode ? fields.Sequence(holidaysNode, "holidays") : [];
        if (holidayNodes is { Count: > MaxHolidays })
        {
            fields.Error(holidayNodes[MaxHolidays], $"a notice has at most {MaxHolidays} holiday arrangements.");
            return null;
        }

        if (year is null || kind is null || source is null || holidayNodes is null)
        {
            return null;
        }

        var named = new Dictionary<LocalDate, string>();
        var holidays = new List<Holiday>(holidayNodes.Count);
        foreach (var node in holidayNodes)
        {
            if (Holiday(fields, node, year.Value, named) is { } holiday)
            {
                holidays.Add(holiday);
            }
        }

        return fields.HasErrors ? null : new CalendarYear(year.Value, source, holidays) { Kind = kind.Value };
    }

    private static CalendarYearKind? Kind(YamlFields fields, YamlNode node) =>
        fields.Text(node, "kind") switch
        {
            null => null,
            "national" => CalendarYearKind.National,
            "local" => CalendarYearKind.Local,
            var other => Reject(fields, node, $"kind '{other}' is not national (a State Council notice) or local (days a province or city adds)."),
        };

    private static CalendarYearKind? Reject(YamlFields fields, YamlNode node, string message)
    {
        fields.Error(node, message);
        return null;
    }

    private static Holiday? Holiday(YamlFields fields, YamlNode node, int year, Dictionary<LocalDate, string> named)
    {
        var holiday = fields.Map(node, "a holiday", HolidayFields);
        if (holiday is null)
        {
            return null;
        }

        var zh = holiday.Required("zh-Hans") is { } zhNode ? fields.Text(zhNode, "a holiday's zh-Hans name", ModelLimits.MaxNameLength) : null;
        var en = holiday.Required("en") is { } enNode ? fields.Text(enNode, "a holiday's en name", ModelLimits.MaxNameLength) : null;
        var offNode = holiday.Required("off");
        var range = offNode is null ? null : fields.Map(offNode, "'off'", RangeFields);
        var from = range?.Required("from") is { } fromNode ? Date(fields, fromNode, year) : null;
        var to = range?.Required("to") is { } toNode ? Date(fields, toNode, year) : null;
        var workdayNodes = holiday.Optional("workdays") is { } listNode ? fields.Sequence(listNode, "workdays") : [];
        if (zh is null || en is null || from is null || to is null || workdayNodes is null)
        {
            return null;
        }

        if (to < from || Period.DaysBetween(from.Value, to.Value) > 31)
        {
            fields.Error(offNode!, $"{zh}: days off {from:uuuu-MM-dd} to {to:uuuu-MM-dd} are not a range of at most a month.");
            return null;
        }

        for (var day = from.Value; day <= to.Value; day = day.PlusDays(1))
        {
            if (!Once(fields, offNode!, day, zh, named))
            {
                return null;
            }
        }

        var workdays = new List<LocalDate>(workdayNodes.Count);
        foreach (var workdayNode in workdayNodes)
        {
            if (Date(fields, workdayNode, year) is { } day && Once(fields, workdayNode, day, zh, named))
            {
                // Reported at the day itself, each one: a working day made of a weekday changes nothing.
                if (day.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday))
                {
                    fields.Error(workdayNode, $"{zh}: adjusted working day {day:uuuu-MM-dd} is a {day.DayOfWeek}, not a Saturday or Sunday.");
                    continue;
                }

                workdays.Add(day);
            }
        }

        if (workdays.Count != workdayNodes.Count)
        {
            return null;
        }

        try
        {
            return new Holiday(new BilingualText(zh, en), new DateInterval(from.Value, to.Value), workdays);
        }
        catch (ArgumentException exception)
        {
            // The model's own check, in the file's words: the parameter suffix is .NET's, not the analyst's.
            fields.Error(node, exception.ParamName is { } name ? exception.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal) : exception.Message);
            return null;
        }
    }

    // Each day once in a file: two arrangements (or one twice) that both name a day are a slip of the pen.
    private static bool Once(YamlFields fields, YamlNode node, LocalDate day, string holiday, Dictionary<LocalDate, string> named)
    {
        if (named.TryAdd(day, holiday))
        {
            return true;
        }

        fields.Error(node, $"{holiday}: {day:uuuu-MM-dd} is already named by {named[day]}; a file names each day once.");
        return false;
    }

    // A date of the file's year; or of the December before it, where a New Year's Day holiday or its make-up working day
    // starts in the old year (2019's notice makes Saturday 2018-12-29 a working day).
    private static LocalDate? Date(YamlFields fields, YamlNode node, int year)
    {
        var text = fields.Text(node, "a date", 10);
        if (text is null)
        {
            return null;
        }

        if (LocalDatePattern.Iso.Parse(text) is not { Success: true } parsed)
        {
            fields.Error(node, $"'{text}' is not a date; write yyyy-MM-dd.");
            return null;
        }

        var date = parsed.Value;
        if (date.Year != year && !(date.Year == year - 1 && date.Month == 12))
        {
            fields.Error(node, $"{date:uuuu-MM-dd} is not in {year}, the year of the file (nor in the December before it, where a New Year's Day holiday may start).");
            return null;
        }

        return date;
    }

    private static BilingualText? Text(YamlFields fields, YamlNode node, string what)
    {
        var text = fields.Map(node, $"'{what}'", TextFields);
        var zh = text?.Required("zh-Hans") is { } zhNode ? fields.Text(zhNode, $"{what} zh-Hans") : null;
        var en = text?.Required("en") is { } enNode ? fields.Text(enNode, $"{what} en") : null;
        return zh is null || en is null ? null : new BilingualText(zh, en);
    }
}
