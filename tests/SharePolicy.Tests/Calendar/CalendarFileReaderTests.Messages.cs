using NodaTime;
using SharePolicy.Calendar;
using SharePolicy.Model;

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
    public void Text_that_is_not_YAML_is_reported_with_the_parsers_reason_and_place()
    {
        var act = () => CalendarFileReader.Read(Path, "year: 2025\n" + Source + "holidays: [ { zh-Hans: 春节\n");

        act.Should().Throw<CalendarLoadException>().Which.Reason.Should().StartWith("not valid YAML");
    }

    [Fact]
    public void An_unknown_field_is_reported_where_it_is_written()
    {
        var act = () => CalendarFileReader.Read(Path, "year: 2025\n" + Source + "notice: 1\n");

        act.Should().Throw<CalendarLoadException>().Which.Errors
            .Should().Equal($"{Path}:3:1: unknown field 'notice' in a calendar file; expected one of: year, kind, source, holidays.");
    }

    [Theory]
    [InlineData("", "1:1", "a calendar file has no 'source' field.")]
    [InlineData("source: { zh-Hans: 来源 }\n", "2:9", "'source' has no 'en' field.")]
    [InlineData("source: { en: Source }\n", "2:9", "'source' has no 'zh-Hans' field.")]
    [InlineData("source: { zh-Hans: \"\\u200B\", en: Source }\n", "2:20", "source zh-Hans must have a visible character (was '\\u200B': U+200B).")]
    public void A_missing_or_half_source_is_reported_naming_source(string source, string where, string reason)
    {
        var act = () => CalendarFileReader.Read(Path, "year: 2025\n" + source);

        act.Should().Throw<CalendarLoadException>().Which.Errors.Should().Equal($"{Path}:{where}: {reason}");
    }

    [Fact]
    public void A_holiday_without_a_Chinese_name_is_reported()
    {
        var act = () => CalendarFileReader.Read(Path, File("{ en: Spring Festival, off: { from: 2025-01-28, to: 2025-02-04 } }"));

        act.Should().Throw<CalendarLoadException>().Which.Errors.Should().Equal($"{Path}:4:5: a holiday has no 'zh-Hans' field.");
    }

    [Fact]
    public void A_holiday_without_an_English_name_is_reported()
    {
        var act = () => CalendarFileReader.Read(Path, File("{ zh-Hans: 春节, off: { from: 2025-01-28, to: 2025-02-04 } }"));

        act.Should().Throw<CalendarLoadException>().Which.Errors.Should().Equal($"{Path}:4:5: a holiday has no 'en' field.");
    }

    [Theory]
    [InlineData("off: { from: 2025-1-28, to: 2025-02-04 }", "2025-1-28", "4:54")]
    [InlineData("off: { from: 2025-01-28, to: 2025-02-30 }", "2025-02-30", "4:70")]
    [InlineData("off: { from: 2025-01-28, to: 2025-02-04 }, workdays: [26 January]", "26 January", "4:95")]
    public void A_date_that_is_not_yyyy_MM_dd_is_reported_where_it_is_written(string fields, string text, string where)
    {
        var act = () => CalendarFileReader.Read(Path, File($"{{ zh-Hans: 春节, en: Spring Festival, {fields} }}"));

        act.Should().Throw<CalendarLoadException>().Which.Errors.Should().Equal($"{Path}:{where}: '{text}' is not a date; write yyyy-MM-dd.");
    }

    [Fact]
    public void A_byte_order_mark_before_the_text_is_not_part_of_it()
    {
        CalendarFileReader.Read(Path, "\uFEFFyear: 2025\n" + Source).Year.Should().Be(2025);
    }
}
