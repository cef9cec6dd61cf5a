using NodaTime;
using NodaTime.Text;
using SharePolicy.Model;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SharePolicy.Calendar;

/// <summary>Reads one calendar data file (one notice, one year; docs/calendar.md) into a <see cref="CalendarYear"/>.</summary>
internal static class CalendarFileReader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public static CalendarYear Read(string path, string content)
    {
        YearDto dto;
        try
        {
            dto = Deserializer.Deserialize<YearDto>(content) ?? throw new CalendarLoadException(path, "the file is empty");
        }
        catch (YamlException exception)
        {
            var reason = exception.InnerException?.Message ?? exception.Message;
            throw new CalendarLoadException(FormattableString.Invariant($"{path}:{exception.Start.Line}"), reason, exception);
        }

        if (dto.Year is not (>= 1949 and <= 9999))
        {
            throw new CalendarLoadException(path, $"'year' must be a year, not '{dto.Year}'");
        }

        var source = Text(path, dto.Source, "source");
        var holidays = dto.Holidays.Select(holiday => Holiday(path, holiday)).ToArray();
        return new CalendarYear(dto.Year.Value, source, holidays);
    }

    private static Holiday Holiday(string path, HolidayDto dto)
    {
        var name = new BilingualText(
            dto.ZhHans ?? throw new CalendarLoadException(path, "a holiday has no 'zh-Hans' name"),
            dto.En ?? throw new CalendarLoadException(path, $"holiday {dto.ZhHans} has no 'en' name"));
        var where = $"{path}: {name.ZhHans}";
        if (dto.Off is not { From: { } fromText, To: { } toText })
        {
            throw new CalendarLoadException(where, "'off' must give 'from' and 'to' dates");
        }

        var from = Date(where, fromText);
        var to = Date(where, toText);
        if (to < from || Period.DaysBetween(from, to) > 31)
        {
            throw new CalendarLoadException(where, $"days off {fromText} to {toText} are not a range of at most a month");
        }

        try
        {
            return new Holiday(name, new DateInterval(from, to), dto.Workdays.Select(day => Date(where, day)));
        }
        catch (ArgumentException exception)
        {
            throw new CalendarLoadException(path, exception.Message, exception);
        }
    }

    private static BilingualText Text(string path, TextDto? dto, string field) =>
        dto is { ZhHans: { } zh, En: { } en }
            ? new BilingualText(zh, en)
            : throw new CalendarLoadException(path, $"'{field}' must give 'zh-Hans' and 'en' texts");

    private static LocalDate Date(string where, string text) =>
        LocalDatePattern.Iso.Parse(text) is { Success: true } result
            ? result.Value
            : throw new CalendarLoadException(where, $"'{text}' is not a date; write yyyy-MM-dd");

#pragma warning disable CA1812, CA2227 // instantiated and filled by YamlDotNet
    private sealed class YearDto
    {
        public int? Year { get; set; }

        public TextDto? Source { get; set; }

        public List<HolidayDto> Holidays { get; set; } = [];
    }

    private sealed class TextDto
    {
        [YamlMember(Alias = "zh-Hans", ApplyNamingConventions = false)]
        public string? ZhHans { get; set; }

        public string? En { get; set; }
    }

    private sealed class HolidayDto
    {
        [YamlMember(Alias = "zh-Hans", ApplyNamingConventions = false)]
        public string? ZhHans { get; set; }

        public string? En { get; set; }

        public RangeDto? Off { get; set; }

        public List<string> Workdays { get; set; } = [];
    }

    private sealed class RangeDto
    {
        public string? From { get; set; }

        public string? To { get; set; }
    }
#pragma warning restore CA1812, CA2227
}
