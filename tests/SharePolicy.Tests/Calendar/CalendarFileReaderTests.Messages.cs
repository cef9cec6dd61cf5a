using NodaTime;
using SharePolicy.Calendar;
using SharePolicy.Model;
using YamlDotNet.Core;

namespace SharePolicy.Tests.Calendar;

/// <summary>The messages of malformed calendar files and holidays.</summary>
public partial class CalendarFileReaderTests
{
    [Fact]
    public void A_holiday_refuses_null_make_up_days_naming_workdays()
    {
        var act = () => new Holiday(
            new BilingualText("春节", "Spring Festival"),
            new DateInterval(new LocalDate(2025, 1, 28), new LocalDate(2025, 2, 4)),
            null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("workdays");
    }

    [Fact]
    public void A_value_the_deserialiser_cannot_convert_is_reported_with_the_underlying_reason_and_line()
    {
        var act = () => CalendarFileReader.Read(Path, Source + "year: twenty\n");

        var exception = act.Should().Throw<CalendarLoadException>().Which;
        var yaml = exception.InnerException.Should().BeAssignableTo<YamlException>().Subject;
        yaml.InnerException.Should().NotBeNull();
        exception.Location.Should().Be($"{Path}:2");
        exception.Reason.Should().Be(yaml.InnerException!.Message).And.NotBe(yaml.Message);
    }

    [Fact]
    public void An_unknown_field_is_reported_with_the_parsers_own_reason()
    {
        var act = () => CalendarFileReader.Read(Path, "year: 2025\n" + Source + "notice: 1\n");

        var exception = act.Should().Throw<CalendarLoadException>().Which;
        var yaml = exception.InnerException.Should().BeAssignableTo<YamlException>().Subject;
        yaml.InnerException.Should().BeNull();
        exception.Location.Should().Be($"{Path}:3");
        exception.Reason.Should().Be(yaml.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("source: { zh-Hans: 来源 }\n")]
    [InlineData("source: { en: Source }\n")]
    public void A_missing_or_half_source_is_reported_naming_source(string source)
    {
        var act = () => CalendarFileReader.Read(Path, "year: 2025\n" + source);

        var exception = act.Should().Throw<CalendarLoadException>().Which;
        exception.Location.Should().Be(Path);
        exception.Reason.Should().Be("'source' must give 'zh-Hans' and 'en' texts");
        exception.Message.Should().Be($"{Path}: 'source' must give 'zh-Hans' and 'en' texts");
    }

    [Fact]
    public void A_holiday_without_a_Chinese_name_is_reported()
    {
        var act = () => CalendarFileReader.Read(Path, File("{ en: Spring Festival, off: { from: 2025-01-28, to: 2025-02-04 } }"));

        var exception = act.Should().Throw<CalendarLoadException>().Which;
        exception.Location.Should().Be(Path);
        exception.Reason.Should().Be("a holiday has no 'zh-Hans' name");
    }

    [Fact]
    public void A_holiday_without_an_English_name_is_reported_by_its_Chinese_name()
    {
        var act = () => CalendarFileReader.Read(Path, File("{ zh-Hans: 春节, off: { from: 2025-01-28, to: 2025-02-04 } }"));

        var exception = act.Should().Throw<CalendarLoadException>().Which;
        exception.Location.Should().Be(Path);
        exception.Reason.Should().Be("holiday 春节 has no 'en' name");
    }

    [Theory]
    [InlineData("off: { from: 2025-1-28, to: 2025-02-04 }", "2025-1-28")]
    [InlineData("off: { from: 2025-01-28, to: 2025-02-30 }", "2025-02-30")]
    [InlineData("off: { from: 2025-01-28, to: 2025-02-04 }, workdays: [26 January]", "26 January")]
    public void A_date_that_is_not_yyyy_MM_dd_is_reported_at_the_holiday_by_its_Chinese_name(string fields, string text)
    {
        var act = () => CalendarFileReader.Read(Path, File($"{{ zh-Hans: 春节, en: Spring Festival, {fields} }}"));

        var exception = act.Should().Throw<CalendarLoadException>().Which;
        exception.Location.Should().Be($"{Path}: 春节");
        exception.Reason.Should().Be($"'{text}' is not a date; write yyyy-MM-dd");
        exception.Message.Should().Be($"{Path}: 春节: '{text}' is not a date; write yyyy-MM-dd");
    }
}
