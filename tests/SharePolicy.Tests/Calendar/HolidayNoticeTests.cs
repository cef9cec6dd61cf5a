using SharePolicy.Calendar;

namespace SharePolicy.Tests.Calendar;

/// <summary>
/// The State Council's notices, imported from their published text, are the embedded calendar: each year 2016–2026
/// (2019 and 2020 with their amending notices) reproduces the embedded year exactly, source included.
/// </summary>
public class HolidayNoticeTests
{
    // The 发文字号 the published text leaves out (src/SharePolicy/Calendar/Data/cn/notices/README.md gives where each is from).
    private static readonly Dictionary<int, string> MissingNumbers = new()
    {
        [2020] = "国办发明电〔2019〕16号",
        [2025] = "国办发明电〔2024〕12号",
        [2026] = "国办发明电〔2025〕7号",
    };

    public static TheoryData<int> Years => new(Enumerable.Range(2016, 11));

    [Theory]
    [MemberData(nameof(Years))]
    public void Importing_a_years_notice_with_its_amendment_reproduces_the_embedded_year(int year)
    {
        var imported = Import(year);

        imported.Should().Be(WorkingDayCalendar.China.Years.Single(embedded => embedded.Year == year));
    }

    internal static CalendarYear Import(int year)
    {
        var notice = HolidayNotice.Parse(Text($"{year}.zh-Hans.txt"), $"{year}.zh-Hans.txt", MissingNumbers.GetValueOrDefault(year));
        var amendment = $"{year}-amendment.zh-Hans.txt";
        return File.Exists(Path(amendment))
            ? notice.ToCalendarYear(HolidayNotice.Parse(Text(amendment), amendment))
            : notice.ToCalendarYear();
    }

    internal static string Path(string name) =>
        System.IO.Path.Combine(SharePolicy.ArticleExamples.RepositoryPaths.Root, "src", "SharePolicy", "Calendar", "Data", "cn", "notices", name);

    internal static string Text(string name) => File.ReadAllText(Path(name));
}

/// <summary>A notice that cannot be read, or whose days disagree with themselves or the holiday law, is refused naming its item.</summary>
public class HolidayNoticeRefusalTests
{
    private static string Notice2026 => HolidayNoticeTests.Text("2026.zh-Hans.txt");

    [Theory]
    [InlineData("二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。", "二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共8天。",
        "二、春节", "it says 共8天, but 2026-02-15 to 2026-02-23 is 9 days")]
    [InlineData("1月1日（周四）至3日（周六）", "1月1日（周五）至3日（周六）", "一、元旦", "2026-01-01 is noted 周五, but it is a Thursday")]
    [InlineData("2月15日（农历腊月二十八、周日）", "2月15日（农历腊月二十七、周日）", "二、春节", "2026-02-15 is noted 农历腊月二十七, but it is day 28 of lunar month 12")]
    [InlineData("5月9日（周六）上班", "5月8日（周五）上班", "四、劳动节",
        "2026-05-08 (5月8日（周五）上班) is a Friday: a 上班 day of a notice is a Saturday or Sunday made a working day")]
    [InlineData("2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天", "2月18日（农历正月初二、周三）至23日（农历正月初七、周一）放假调休，共6天", "二、春节",
        "2026-02-16 is a statutory day of 春节 under the holiday law as revised in 2024 (in force 2025-01-01), but the item gives 2026-02-18 to 2026-02-23 off")]
    [InlineData("三、清明节：4月4日（周六）至6日（周一）放假，共3天。", "三、清明节：4月6日（周一）放假，共1天。", "三、清明节",
        "2026-04-05 is a statutory day of 清明节 under the holiday law as revised in 2024 (in force 2025-01-01), but the item gives 2026-04-06 to 2026-04-06 off")]
    [InlineData("四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。", "四、劳动节：5月1日（周五）放假，共1天。", "四、劳动节",
        "2026-05-02 is a statutory day of 劳动节 under the holiday law as revised in 2024 (in force 2025-01-01), but the item gives 2026-05-01 to 2026-05-01 off")]
    [InlineData("六、中秋节：9月25日（周五）至27日（周日）放假，共3天。", "六、中秋节：9月25日（周五）至27日（周日）就这样，共3天。", "国务院办公厅关于2026年部分节假日安排的通知",
        "it arranges no 中秋节 (Mid-Autumn Festival), a holiday of 《全国年节及纪念日放假办法》")]
    [InlineData("七、国庆节：10月1日（周四）至7日（周三）放假调休", "七、国庆节：10月1日（周四）至7日（周三）休息，8日放假调休", "七、国庆节",
        "'10月1日（周四）至7日（周三）休息，8日放假调休，共7天' does not give its days off as a date or a range (M月D日至D日放假)")]
    public void A_notice_whose_days_disagree_is_refused_naming_the_item_and_why(string original, string changed, string item, string reason)
    {
        Notice2026.Should().Contain(original);

        var act = () => HolidayNotice.Parse(Notice2026.Replace(original, changed, StringComparison.Ordinal), "2026.zh-Hans.txt").ToCalendarYear();

        var exception = act.Should().Throw<HolidayNoticeException>().Which;
        exception.Item.Should().Be(item);
        exception.Reason.Should().Be(reason);
        exception.Message.Should().Be($"2026.zh-Hans.txt: {item}: {reason}");
    }

    [Fact]
    public void Before_2025_Spring_Festival_needs_three_days_and_Labour_Day_one()
    {
        // 2024's notice gives 除夕 only as a suggestion, and one statutory day of Labour Day: both right before the revision.
        var imported = HolidayNoticeTests.Import(2024);

        imported.Holidays.Single(holiday => holiday.Name.ZhHans == "春节").Off.Start.Should().Be(new NodaTime.LocalDate(2024, 2, 10));
        StatutoryHoliday.Of(2024).Single(holiday => holiday.Name.ZhHans == "春节").Days.Should().HaveCount(3);
        StatutoryHoliday.Of(2025).Single(holiday => holiday.Name.ZhHans == "春节").Days.Should().HaveCount(4);
        StatutoryHoliday.Of(2024).Single(holiday => holiday.Name.ZhHans == "劳动节").Days.Should().HaveCount(1);
        StatutoryHoliday.Of(2025).Single(holiday => holiday.Name.ZhHans == "劳动节").Days.Should().HaveCount(2);
    }

    [Fact]
    public void A_2025_notice_without_New_Years_Eve_off_is_refused_under_the_revised_law()
    {
        var text = HolidayNoticeTests.Text("2025.zh-Hans.txt").Replace("1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天",
            "1月29日（农历正月初一、周三）至2月4日（农历正月初七、周二）放假调休，共7天", StringComparison.Ordinal);

        var act = () => HolidayNotice.Parse(text, "2025.zh-Hans.txt").ToCalendarYear();

        act.Should().Throw<HolidayNoticeException>().Which.Reason.Should().StartWith("2025-01-28 is a statutory day of 春节 under the holiday law as revised in 2024");
    }

    [Theory]
    [InlineData("2024.zh-Hans.txt", "二、春节：2月10日至17日放假调休，共8天。", "二、春节：2月13日至17日放假调休，共5天。", "二、春节",
        "2024-02-10 is a statutory day of 春节 under the holiday law before its 2024 revision, but the item gives 2024-02-13 to 2024-02-17 off")]
    [InlineData("2018.zh-Hans.txt", "四、劳动节：4月29日至5月1日放假调休，共3天。", "四、劳动节：4月28日至30日放假调休，共3天。", "四、劳动节",
        "2018-05-01 is a statutory day of 劳动节 under the holiday law before its 2024 revision, but the item gives 2018-04-28 to 2018-04-30 off")]
    public void Before_2025_a_notice_leaving_a_statutory_day_of_the_2013_law_working_is_refused(string name, string original, string changed, string item, string reason)
    {
        var text = HolidayNoticeTests.Text(name);
        text.Should().Contain(original);

        var act = () => HolidayNotice.Parse(text.Replace(original, changed, StringComparison.Ordinal), name).ToCalendarYear();

        var exception = act.Should().Throw<HolidayNoticeException>().Which;
        (exception.Item, exception.Reason).Should().Be((item, reason));
    }

    [Fact]
    public void Amendments_are_applied_in_the_order_given_the_last_one_deciding_the_days_it_changes()
    {
        var notice = HolidayNotice.Parse(HolidayNoticeTests.Text("2019.zh-Hans.txt"), "2019.zh-Hans.txt");
        var three = HolidayNotice.Parse("国务院办公厅关于调整2019年劳动节假期安排的通知\n国办发明电〔2019〕3号\n一、2019年5月1日至3日放假，共3天。", "a.txt");
        var four = HolidayNotice.Parse("国务院办公厅关于调整2019年劳动节假期安排的通知\n国办发明电〔2019〕4号\n一、2019年5月1日至4日放假调休，共4天。5月5日（星期日）上班。", "b.txt");

        var threeThenFour = notice.ToCalendarYear(three, four).Holidays.Single(holiday => holiday.Name.ZhHans == "劳动节");
        var fourThenThree = notice.ToCalendarYear(four, three).Holidays.Single(holiday => holiday.Name.ZhHans == "劳动节");

        (threeThenFour.Off.Start, threeThenFour.Off.End).Should().Be((new NodaTime.LocalDate(2019, 5, 1), new NodaTime.LocalDate(2019, 5, 4)));
        threeThenFour.Workdays.Should().Equal(new NodaTime.LocalDate(2019, 5, 5));
        (fourThenThree.Off.Start, fourThenThree.Off.End).Should().Be((new NodaTime.LocalDate(2019, 5, 1), new NodaTime.LocalDate(2019, 5, 3)));
    }

    [Theory]
    [InlineData("", "(empty)")]
    [InlineData("关于做好节假日值班工作的通知\n一、元旦：1月1日放假。", "关于做好节假日值班工作的通知")]
    public void Text_that_is_not_a_holiday_notice_is_refused(string text, string item)
    {
        var act = () => HolidayNotice.Parse(text, "notice.txt");

        act.Should().Throw<HolidayNoticeException>().Which.Item.Should().Be(item);
    }

    [Fact]
    public void A_notice_with_no_item_is_refused()
    {
        var act = () => HolidayNotice.Parse("国务院办公厅关于2027年部分节假日安排的通知\n经国务院批准，现通知如下。", "2027.txt");

        act.Should().Throw<HolidayNoticeException>().Which.Reason.Should().StartWith("no item of the notice gives days off");
    }

    [Fact]
    public void An_amendment_is_applied_only_to_its_own_year()
    {
        var act = () => HolidayNotice.Parse(HolidayNoticeTests.Text("2018.zh-Hans.txt"), "2018.zh-Hans.txt")
            .ToCalendarYear(HolidayNotice.Parse(HolidayNoticeTests.Text("2019-amendment.zh-Hans.txt"), "2019-amendment.zh-Hans.txt"));

        act.Should().Throw<HolidayNoticeException>().Which.Reason.Should().Be("it changes 2019, not 2018");
    }

    [Fact]
    public void Without_its_amendment_2019_keeps_the_first_notices_Labour_Day()
    {
        var notice = HolidayNotice.Parse(HolidayNoticeTests.Text("2019.zh-Hans.txt"), "2019.zh-Hans.txt").ToCalendarYear();

        var off = notice.Holidays.Single(holiday => holiday.Name.ZhHans == "劳动节").Off;
        (off.Start, off.End).Should().Be((new NodaTime.LocalDate(2019, 5, 1), new NodaTime.LocalDate(2019, 5, 1)));
    }

    [Fact]
    public void The_2020_extension_makes_its_Saturday_working_day_a_day_off_and_counts_the_Monday_as_an_ordinary_one()
    {
        var spring = HolidayNoticeTests.Import(2020).Holidays.Single(holiday => holiday.Name.ZhHans == "春节");

        spring.Off.End.Should().Be(new NodaTime.LocalDate(2020, 2, 2));
        spring.Workdays.Should().Equal(new NodaTime.LocalDate(2020, 1, 19));
    }

    [Fact]
    public void A_number_given_for_a_notice_must_agree_with_the_one_it_states()
    {
        var act = () => HolidayNotice.Parse(HolidayNoticeTests.Text("2016.zh-Hans.txt"), "2016.zh-Hans.txt", "国办发明电〔2015〕19号");

        act.Should().Throw<HolidayNoticeException>().Which.Reason.Should().Be("the text gives the number 国办发明电〔2015〕18号, not 国办发明电〔2015〕19号");
    }

    [Fact]
    public void An_imported_year_written_as_a_calendar_file_reads_back_the_same()
    {
        foreach (var year in Enumerable.Range(2016, 11))
        {
            var imported = HolidayNoticeTests.Import(year);

            CalendarFileReader.Read($"{year}.yaml", CalendarFileWriter.Write(imported), CalendarYearKind.Local).Should().Be(imported, $"{year} round-trips");
        }
    }
}

/// <summary>The statutory holidays of 《全国年节及纪念日放假办法》, worked out for any year: what a projection counts, and what a notice is checked against.</summary>
public class StatutoryHolidayTests
{
    [Theory]
    [MemberData(nameof(HolidayNoticeTests.Years), MemberType = typeof(HolidayNoticeTests))]
    public void Every_statutory_day_of_a_confirmed_year_is_a_day_off_in_its_notice(int year)
    {
        var calendar = WorkingDayCalendar.China;

        var working = StatutoryHoliday.Of(year).SelectMany(holiday => holiday.Days).Where(calendar.IsWorkingDay).ToArray();

        working.Should().BeEmpty();
    }

    [Theory]
    [InlineData(2008, 4)]
    [InlineData(2015, 5)]
    [InlineData(2016, 4)]
    [InlineData(2019, 5)]
    [InlineData(2026, 5)]
    [InlineData(2027, 5)]
    [InlineData(2028, 4)]
    public void Qingming_is_the_day_of_the_solar_term_in_Beijing(int year, int day)
    {
        StatutoryHoliday.Of(year).Single(holiday => holiday.Name.ZhHans == "清明节").Days.Should().Equal(new NodaTime.LocalDate(year, 4, day));
    }

    [Fact]
    public void The_lunar_festivals_of_2027_fall_where_the_Chinese_calendar_puts_them()
    {
        var holidays = StatutoryHoliday.Of(2027).ToDictionary(holiday => holiday.Name.ZhHans, holiday => holiday.Days);

        holidays["春节"].Should().Equal(new NodaTime.LocalDate(2027, 2, 5), new NodaTime.LocalDate(2027, 2, 6), new NodaTime.LocalDate(2027, 2, 7), new NodaTime.LocalDate(2027, 2, 8));
        holidays["端午节"].Should().Equal(new NodaTime.LocalDate(2027, 6, 9));
        holidays["中秋节"].Should().Equal(new NodaTime.LocalDate(2027, 9, 15));
    }

    [Fact]
    public void A_year_the_lunisolar_calendar_does_not_cover_is_refused()
    {
        var act = () => StatutoryHoliday.Of(2101);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("year");
    }
}
