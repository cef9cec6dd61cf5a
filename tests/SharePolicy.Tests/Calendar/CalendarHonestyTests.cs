using NodaTime;
using NodaTime.Testing;
using SharePolicy.Calendar;
using SharePolicy.Compilation;
using SharePolicy.Engine;
using SharePolicy.Model;
using SharePolicy.Questions;
using SharePolicy.Testing;

namespace SharePolicy.Tests.Calendar;

/// <summary>
/// Calendar data never lies quietly: local days cannot make a year the national calendar lacks (which would count
/// weekends only), and a day the calendar cannot classify is refused, never granted.
/// </summary>
public sealed class CalendarHonestyTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData(2027)]
    [InlineData(2015)]
    public async Task A_local_file_for_a_year_the_national_calendar_lacks_is_refused_instead_of_counting_weekends(int year)
    {
        _files.Write("calendar/local.yaml", $$"""
            year: {{year}}
            source: { zh-Hans: 地方通知, en: Local notice }
            holidays:
              - { zh-Hans: 地方节日, en: Local day, off: { from: {{year}}-03-31, to: {{year}}-03-31 }, workdays: [] }
            """);

        var act = () => WorkingDayCalendar.LoadAsync(Path.Combine(_files.Root, "calendar"), withNationalCalendar: true);

        var exception = (await act.Should().ThrowAsync<CalendarLoadException>()).Which;
        exception.Location.Should().Be(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        exception.Reason.Should().Be(
            $"local days (Local notice) are given for {year}, which the national calendar (2016 to 2026) does not cover; "
            + $"load the State Council's notice for {year} first (sharepolicy calendar import), or load the files alone as the whole calendar");
    }

    [Fact]
    public async Task A_national_notice_in_the_directory_adds_its_year()
    {
        _files.Write("calendar/2027.yaml", """
            year: 2027
            kind: national
            source: { zh-Hans: 国务院办公厅关于2027年部分节假日安排的通知, en: Notice for 2027 }
            holidays:
              - { zh-Hans: 元旦, en: New Year's Day, off: { from: 2027-01-01, to: 2027-01-03 }, workdays: [] }
            """);

        var calendar = await WorkingDayCalendar.LoadAsync(Path.Combine(_files.Root, "calendar"), withNationalCalendar: true);

        calendar.Last.Should().Be(new LocalDate(2027, 12, 31));
        calendar.IsWorkingDay(new LocalDate(2027, 1, 1)).Should().BeFalse();
        calendar.IsWorkingDay(new LocalDate(2027, 1, 4)).Should().BeTrue();
    }

    [Fact]
    public void An_application_received_after_close_of_business_on_the_calendars_last_day_is_refused_not_granted()
    {
        var engine = new SharePolicyEngine(RuleSetLoader.LoadDefault(), WorkingDayCalendar.China, new FakeClock(Fixtures.Submitted),
            closeOfBusiness: new LocalTime(17, 30));
        var lastEvening = Instant.FromUtc(2026, 12, 31, 10, 0); // 18:00 in Beijing: received on 1 January 2027
        var request = new AccessRequest(Fixtures.Requester, "330100-0001", [], Fixtures.Purpose, ShareMethod.OnlineQuery, lastEvening);

        var act = () => engine.DecideAccess(request, Fixtures.Entry(ShareType.Unconditional));

        act.Should().Throw<CalendarRangeException>().Which.Date.Should().Be(new LocalDate(2027, 1, 1));
    }

    [Fact]
    public void An_application_received_before_close_of_business_on_the_calendars_last_day_is_decided()
    {
        var engine = new SharePolicyEngine(RuleSetLoader.LoadDefault(), WorkingDayCalendar.China, new FakeClock(Fixtures.Submitted),
            closeOfBusiness: new LocalTime(17, 30));
        var lastAfternoon = Instant.FromUtc(2026, 12, 31, 9, 0); // 17:00 in Beijing

        // NotShared data: the Regulations refuse it on receipt, with no reply deadline to count into 2027.
        var decision = engine.DecideAccess(
            new AccessRequest(Fixtures.Requester, "330100-0001", [], Fixtures.Purpose, ShareMethod.OnlineQuery, lastAfternoon),
            Fixtures.Entry(ShareType.NotShared));

        decision.Outcome.Should().Be(AccessOutcome.Denied);
        decision.Reasons.Select(reason => reason.RuleId).Should().Equal("r2025.access.not-shared");
        decision.AsOf.Should().Be(new LocalDate(2026, 12, 31));
    }

    [Fact]
    public void An_engine_refuses_close_of_business_at_midnight()
    {
        var act = () => new SharePolicyEngine(RuleSetLoader.LoadDefault(), WorkingDayCalendar.China, new FakeClock(Fixtures.Submitted),
            closeOfBusiness: LocalTime.Midnight);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("closeOfBusiness");
    }

    [Fact]
    public void A_count_of_working_days_that_would_overflow_runs_off_the_calendar_naming_its_first_unknown_day()
    {
        var act = () => WorkingDayCalendar.China.AddWorkingDays(new LocalDate(2025, 9, 28), int.MaxValue);

        act.Should().Throw<CalendarRangeException>().Which.Date.Should().Be(new LocalDate(2027, 1, 1));
    }
}
