using NodaTime;
using SharePolicy.Instruments;
using SharePolicy.Model;

namespace SharePolicy.Tests.Model;

public class ModelBoundaryTests
{
    [Fact]
    public void Equal_citations_are_neither_before_nor_after_each_other()
    {
        var left = Instrument.Measures2016.Paragraph(12, 1);
        var right = Citation.Parse("12¶1", Instrument.Measures2016);

        (left < right).Should().BeFalse();
        (left > right).Should().BeFalse();
        (left <= right).Should().BeTrue();
        (left >= right).Should().BeTrue();
    }

    [Theory]
    [InlineData("9", "10(2)")]
    [InlineData("12", "12¶1")]
    [InlineData("12¶1", "12¶2")]
    [InlineData("10(1)", "10(3)")]
    public void The_comparison_operators_agree_with_CompareTo(string earlier, string later)
    {
        var first = Citation.Parse(earlier, Instrument.Measures2016);
        var second = Citation.Parse(later, Instrument.Measures2016);

        first.CompareTo(second).Should().BeNegative();
        second.CompareTo(first).Should().BePositive();
        (first < second).Should().BeTrue();
        (second < first).Should().BeFalse();
        (first > second).Should().BeFalse();
        (second > first).Should().BeTrue();
        (first <= second).Should().BeTrue();
        (second <= first).Should().BeFalse();
        (first >= second).Should().BeFalse();
        (second >= first).Should().BeTrue();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Chinese_numerals_refuse_numbers_below_1(int value)
    {
        var act = () => ChineseNumerals.Format(value);

        var exception = act.Should().Throw<ArgumentOutOfRangeException>().Which;
        exception.ParamName.Should().Be("value");
        exception.ActualValue.Should().Be(value);
        exception.Message.Should().StartWith($"value ('{value}') must be greater than or equal to '1'.");
    }

    [Theory]
    [InlineData(100)]
    [InlineData(1000)]
    public void Chinese_numerals_refuse_numbers_above_99(int value)
    {
        var act = () => ChineseNumerals.Format(value);

        var exception = act.Should().Throw<ArgumentOutOfRangeException>().Which;
        exception.ParamName.Should().Be("value");
        exception.ActualValue.Should().Be(value);
        exception.Message.Should().StartWith($"value ('{value}') must be less than or equal to '99'.");
    }

    [Theory]
    [InlineData(1, "一")]
    [InlineData(9, "九")]
    [InlineData(10, "十")]
    [InlineData(11, "十一")]
    [InlineData(20, "二十")]
    [InlineData(26, "二十六")]
    [InlineData(90, "九十")]
    [InlineData(99, "九十九")]
    public void Chinese_numerals_write_1_to_99(int value, string expected)
    {
        ChineseNumerals.Format(value).Should().Be(expected);
    }

    [Fact]
    public void A_deadline_check_done_after_now_says_when_each_was()
    {
        var deadline = new Deadline(new LocalDate(2025, 10, 17), Instant.FromUtc(2025, 10, 17, 16, 0));
        var done = Instant.FromUtc(2025, 10, 17, 16, 0);
        var now = Instant.FromUtc(2025, 10, 17, 15, 0);

        var act = () => deadline.Check(done, now);

        act.Should().Throw<ArgumentException>().Which.Message.Should().Be(
            "The obligation cannot be done at 2025-10-17T16:00:00Z, after the time of the check 2025-10-17T15:00:00Z. (Parameter 'doneAt')");
    }
}
