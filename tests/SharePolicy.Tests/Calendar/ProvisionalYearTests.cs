using NodaTime;
using NodaTime.Testing;
using SharePolicy.Calendar;
using SharePolicy.Compilation;
using SharePolicy.Engine;
using SharePolicy.Model;
using SharePolicy.Questions;
using SharePolicy.Rules;
using SharePolicy.Testing;

namespace SharePolicy.Tests.Calendar;

/// <summary>
/// A year without its notice is refused unless the host opts in to provisional years: then it is counted from the
/// statutory holidays alone, and every deadline that counts one of its days says it is provisional.
/// </summary>
public sealed class ProvisionalYearTests : IDisposable
{
    private static readonly Instant ChristmasMorning = Instant.FromUtc(2026, 12, 25, 2, 0); // Friday, 10:00 in Beijing
    private static readonly Instant ProjectedFrom = Instant.FromUtc(2026, 12, 31, 16, 0);   // 1 January 2027, 00:00 in Beijing

    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void A_provisional_year_has_the_statutory_holidays_and_no_adjusted_working_days()
    {
        var calendar = WorkingDayCalendar.China.WithProvisionalYears(1);

        calendar.LastConfirmed.Should().Be(new LocalDate(2026, 12, 31));
        calendar.Last.Should().Be(new LocalDate(2027, 12, 31));
        calendar.ProvisionalYears.Should().Equal(2027);
        calendar.IsProvisional(new LocalDate(2027, 1, 1)).Should().BeTrue();
        calendar.IsProvisional(new LocalDate(2026, 12, 31)).Should().BeFalse();
        calendar.IsWorkingDay(new LocalDate(2027, 1, 1)).Should().BeFalse("New Year's Day");
        calendar.IsWorkingDay(new LocalDate(2027, 2, 5)).Should().BeFalse("New Year's Eve, a statutory day since 2025");
        calendar.IsWorkingDay(new LocalDate(2027, 2, 9)).Should().BeTrue("the fifth day of the Spring Festival is no statutory day, whatever a notice may give");
        calendar.IsWorkingDay(new LocalDate(2027, 2, 13)).Should().BeFalse("a Saturday: a projection makes no weekend day a working day");
        calendar.Years.Single(year => year.Year == 2027).Kind.Should().Be(CalendarYearKind.Provisional);
        calendar.Years.Single(year => year.Year == 2027).Source.En.Should().Contain("the State Council's notice for 2027 is not loaded");
    }

    [Fact]
    public void Without_the_opt_in_a_decision_that_reaches_a_year_without_its_notice_is_refused_naming_its_first_day()
    {
        var engine = Engine(WorkingDayCalendar.China);

        var act = () => engine.DecideAccess(Request(ChristmasMorning), Fixtures.Entry(ShareType.Conditional));

        act.Should().Throw<CalendarRangeException>().Which.Date.Should().Be(new LocalDate(2027, 1, 1));
    }

    [Fact]
    public void With_the_opt_in_a_reply_deadline_reaching_2027_is_decided_and_marked_provisional_with_a_reason()
    {
        var engine = Engine(WorkingDayCalendar.China.WithProvisionalYears(1));

        var decision = engine.DecideAccess(Request(ChristmasMorning), Fixtures.Entry(ShareType.Conditional));

        var deadline = decision.Obligations.Single(obligation => obligation.Kind == ObligationKind.ProviderReply).Deadline!;
        deadline.DueDate.Should().Be(new LocalDate(2027, 1, 11));
        deadline.IsProvisional.Should().BeTrue();
        deadline.ProvisionalFrom.Should().Be(ProjectedFrom);
        var reason = decision.Reasons.Single(reason => reason.RuleId == Reason.ProvisionalDeadline);
        reason.Text.En.Should().Be("The deadline counts days of 2027 projected from the statutory holidays alone: the State Council's holiday notice for 2027 is not loaded, so 2027-01-11 is provisional and may move when it is published.");
        reason.Text.ZhHans.Should().Be("截止日期按2027年的法定节假日推算：尚未载入国务院办公厅2027年部分节假日安排的通知，2027-01-11为暂定日期，通知发布后可能变动。");
    }

    [Fact]
    public void A_deadline_counted_on_notices_alone_is_not_provisional_and_gives_no_such_reason()
    {
        var engine = Engine(WorkingDayCalendar.China.WithProvisionalYears(1));

        var decision = engine.DecideAccess(Request(Instant.FromUtc(2026, 12, 1, 2, 0)), Fixtures.Entry(ShareType.Conditional));

        var deadline = decision.Obligations.Single(obligation => obligation.Kind == ObligationKind.ProviderReply).Deadline!;
        deadline.DueDate.Should().Be(new LocalDate(2026, 12, 15));
        deadline.IsProvisional.Should().BeFalse();
        decision.Reasons.Select(reason => reason.RuleId).Should().Equal("r2025.access.conditional.reply-in-10");
    }

    [Fact]
    public void An_R2025_Art_17_catalog_update_from_18_December_2026_is_due_in_2027_provisionally()
    {
        // 10 working days (R2025 Art. 17 ¶2) from Friday 18 December 2026: the 10th is 4 January 2027, after New Year's Day.
        var engine = Engine(WorkingDayCalendar.China.WithProvisionalYears(1));
        var change = new CatalogChange(Fixtures.Provider, CatalogChangeKind.LawRevised, Instant.FromUtc(2026, 12, 18, 2, 0));

        var decision = engine.DecideCatalogUpdate(change);

        decision.FiredRules.Should().Equal("r2025.catalog-update.law-or-functions.within-10");
        var deadline = decision.Obligations.Single().Deadline!;
        deadline.DueDate.Should().Be(new LocalDate(2027, 1, 4));
        deadline.IsProvisional.Should().BeTrue();
        decision.Reasons.Select(reason => reason.RuleId).Should().Contain(Reason.ProvisionalDeadline);
    }

    [Theory]
    [InlineData("2026-12-30T10:00:00Z", null, DeadlineStatus.Met)]
    [InlineData("2027-01-05T10:00:00Z", null, DeadlineStatus.Undetermined)]
    [InlineData("2027-02-01T10:00:00Z", null, DeadlineStatus.Undetermined)]
    [InlineData(null, "2026-12-30T10:00:00Z", DeadlineStatus.Pending)]
    [InlineData(null, "2027-02-01T10:00:00Z", DeadlineStatus.Undetermined)]
    public void A_provisional_deadline_is_never_met_late_or_overdue_on_a_projected_day(string? done, string? now, DeadlineStatus status)
    {
        var deadline = new Deadline(new LocalDate(2027, 1, 11), Instant.FromUtc(2027, 1, 11, 16, 0)) { ProvisionalFrom = ProjectedFrom };
        var doneAt = done is null ? (Instant?)null : NodaTime.Text.InstantPattern.General.Parse(done).Value;
        var checkedAt = now is null ? doneAt!.Value : NodaTime.Text.InstantPattern.General.Parse(now).Value;

        deadline.Check(doneAt, checkedAt).Should().Be(status);
    }

    [Fact]
    public async Task The_years_notice_loaded_later_replaces_the_projection()
    {
        _files.Write("calendar/2027.yaml", """
            year: 2027
            kind: national
            source: { zh-Hans: 国务院办公厅关于2027年部分节假日安排的通知, en: Notice for 2027 }
            holidays:
              - { zh-Hans: 春节, en: Spring Festival, off: { from: 2027-02-05, to: 2027-02-12 }, workdays: [2027-02-14] }
            """);

        var calendar = (await WorkingDayCalendar.LoadAsync(Path.Combine(_files.Root, "calendar"), withNationalCalendar: true)).WithProvisionalYears(1);

        calendar.LastConfirmed.Should().Be(new LocalDate(2027, 12, 31));
        calendar.ProvisionalYears.Should().Equal(2028);
        calendar.IsWorkingDay(new LocalDate(2027, 2, 9)).Should().BeFalse("the notice makes it a day off");
        calendar.IsWorkingDay(new LocalDate(2027, 2, 14)).Should().BeTrue("the notice makes the Sunday a working day");
    }

    [Fact]
    public void Projecting_nothing_keeps_the_confirmed_calendar_and_projecting_again_starts_from_it()
    {
        var once = WorkingDayCalendar.China.WithProvisionalYears(2);

        WorkingDayCalendar.China.WithProvisionalYears(0).Should().BeSameAs(WorkingDayCalendar.China);
        once.WithProvisionalYears(1).ProvisionalYears.Should().Equal(2027);
        once.WithProvisionalYears(0).Last.Should().Be(new LocalDate(2026, 12, 31));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void More_than_ten_provisional_years_or_fewer_than_none_are_refused(int years)
    {
        var act = () => WorkingDayCalendar.China.WithProvisionalYears(years);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("years");
    }

    private SharePolicyEngine Engine(WorkingDayCalendar calendar) => new(RuleSetLoader.LoadDefault(), calendar, new FakeClock(ChristmasMorning));

    private static AccessRequest Request(Instant submittedAt) => Fixtures.Application(submittedAt);
}
