using NodaTime;
using NodaTime.Testing;
using SharePolicy.Calendar;
using SharePolicy.Compilation;
using SharePolicy.Engine;
using SharePolicy.Model;
using SharePolicy.Questions;
using SharePolicy.Rules;

namespace SharePolicy.Tests.Engine;

/// <summary>Bad and hostile access requests get a clear error or a reasoned denial, never a grant.</summary>
public class HostileRequestTests
{
    private readonly SharePolicyEngine _engine = new(RuleSetLoader.LoadDefault(), WorkingDayCalendar.China, new FakeClock(Fixtures.Submitted));

    [Fact]
    public void A_request_through_an_undefined_network_is_rejected_naming_it()
    {
        var act = () => new AccessRequest(Fixtures.Requester, "330100-0001", [], Fixtures.Purpose, ShareMethod.OnlineQuery, Fixtures.Submitted)
        {
            Network = (NetworkZone)9,
        };

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Network");
    }

    [Fact]
    public void An_application_received_before_the_calendar_is_an_error_naming_the_date()
    {
        var act = () => _engine.DecideAccess(Submitted(Instant.FromUtc(2015, 6, 1, 2, 0)), Fixtures.Entry(ShareType.Conditional));

        act.Should().Throw<CalendarRangeException>().Which.Date.Should().Be(new LocalDate(2015, 6, 1));
    }

    [Fact]
    public void An_unconditional_request_submitted_after_the_calendar_is_an_error_not_a_grant()
    {
        var act = () => _engine.DecideAccess(Submitted(Instant.FromUtc(2030, 3, 4, 2, 0)), Fixtures.Entry(ShareType.Unconditional));

        act.Should().Throw<CalendarRangeException>().Which.Date.Should().Be(new LocalDate(2030, 3, 4));
    }

    [Fact]
    public void A_request_submitted_at_either_end_of_time_is_an_error_naming_the_calendar_range()
    {
        foreach (var instant in (Instant[])[Instant.MinValue, Instant.MaxValue])
        {
            var act = () => _engine.DecideAccess(Submitted(instant), Fixtures.Entry(ShareType.Unconditional));

            act.Should().Throw<CalendarRangeException>().WithMessage("*outside the working-day calendar, which covers 2016-01-01 to 2026-12-31*");
        }
    }

    [Fact]
    public void The_calendar_begins_at_midnight_on_1_January_2016_in_Beijing()
    {
        var firstMoment = Instant.FromUtc(2015, 12, 31, 16, 0);

        // The calendar knows the day, so it is decided, not refused; no rule set is in force before 2016-09-05.
        var first = _engine.DecideAccess(Submitted(firstMoment), Fixtures.Entry(ShareType.Unconditional));
        first.Outcome.Should().Be(AccessOutcome.Denied);
        first.Reasons.Select(reason => reason.RuleId).Should().Equal(Reason.NoRuleSetInForce);
        ((Action)(() => _engine.DecideAccess(Submitted(firstMoment - Duration.Epsilon), Fixtures.Entry(ShareType.Unconditional))))
            .Should().Throw<CalendarRangeException>().Which.Date.Should().Be(new LocalDate(2015, 12, 31));
    }

    [Fact]
    public void The_calendar_ends_at_midnight_after_31_December_2026_in_Beijing()
    {
        var firstMomentAfter = Instant.FromUtc(2026, 12, 31, 16, 0);

        // Under the Regulations every reply deadline of 31 December 2026 ends in 2027, beyond the calendar: NotShared data,
        // refused on receipt, needs no deadline, so the last moment is decided by its rule.
        ((Action)(() => _engine.DecideAccess(Submitted(firstMomentAfter), Fixtures.Entry(ShareType.NotShared))))
            .Should().Throw<CalendarRangeException>();
        var last = _engine.DecideAccess(Submitted(firstMomentAfter - Duration.Epsilon), Fixtures.Entry(ShareType.NotShared));
        last.Outcome.Should().Be(AccessOutcome.Denied);
        last.Reasons.Select(reason => reason.RuleId).Should().Equal("r2025.access.not-shared");
    }

    [Fact]
    public void A_request_beyond_the_calendar_names_its_day_in_Beijing_not_in_UTC()
    {
        var act = () => _engine.DecideAccess(Submitted(Instant.FromUtc(2026, 12, 31, 17, 0)), Fixtures.Entry(ShareType.Unconditional)); // 01:00 on 1 January 2027 in Beijing

        act.Should().Throw<CalendarRangeException>().Which.Date.Should().Be(new LocalDate(2027, 1, 1));
    }

    [Fact]
    public void A_request_submitted_in_the_last_hour_of_the_calendar_in_Beijing_is_decided()
    {
        var lastHour = Instant.FromUtc(2026, 12, 31, 15, 30); // 23:30 on 31 December 2026 in Beijing

        // NotShared data needs no reply deadline (the Regulations' 1 and 10 working days from that day end in 2027).
        _engine.DecideAccess(Submitted(lastHour), Fixtures.Entry(ShareType.NotShared)).FiredRules.Should().Equal("r2025.access.not-shared");
        ((Action)(() => _engine.DecideAccess(Submitted(lastHour + Duration.FromHours(1)), Fixtures.Entry(ShareType.NotShared))))
            .Should().Throw<CalendarRangeException>();
    }

    [Fact]
    public void A_classified_base_item_asked_for_through_the_external_network_without_a_purpose_is_denied_with_both_reasons()
    {
        var entry = new CatalogEntry("330100-0001", "人口基础信息", Fixtures.Provider, ResourceCategory.Base, ShareType.NotShared,
            [new CatalogItem("id", "公民身份号码", ItemKind.BaseItem, ShareType.Unconditional)])
        {
            BaseResource = "人口",
            Classified = true,
        };

        var decision = _engine.DecideAccess(Fixtures.Request(withoutPurpose: true), entry);

        decision.Outcome.Should().Be(AccessOutcome.Denied);
        decision.Items.Should().Equal(new ItemDecision("id", AccessOutcome.Denied, ["network.classified.not-on-external-platform", "purpose.required"]));
        decision.Reasons.Select(reason => reason.RuleId).Should().Equal("network.classified.not-on-external-platform", "purpose.required");
        decision.FiredRules.Should().Contain(["access.unconditional.take-directly", "base-resource.base-item.unconditional"]);
    }

    [Fact]
    public void Junk_in_names_and_texts_is_decided_as_plain_text_is()
    {
        var name = "'; DROP TABLE catalog; --\u202E\0{{x}}${jndi:ldap://x}" + new string('字', 100);
        var duty = name + new string('责', 1_800);
        var department = new Department("330100-X", name, GovernmentLevel.County, "330122");
        var entry = new CatalogEntry("330100-0001", name, department, ResourceCategory.Departmental, ShareType.Conditional, [new CatalogItem("name", name, ItemKind.BusinessItem)]);
        var request = new AccessRequest(department, "330100-0001", ["name"], new Purpose(UsePurpose.WorkReference, duty), ShareMethod.BatchDownload, Fixtures.Submitted);

        var decision = _engine.DecideAccess(request, entry);

        decision.Outcome.Should().Be(AccessOutcome.ApplicationRequired);
        decision.Items.Should().Equal(new ItemDecision("name", AccessOutcome.ApplicationRequired, ["access.conditional.apply"]));
    }

    [Theory]
    [InlineData("'; DROP TABLE catalog; --")]
    [InlineData("${jndi:ldap://x}")]
    [InlineData("330100\u202E0001")]
    [InlineData("a\0b")]
    public void Junk_in_a_code_is_refused_naming_the_offending_character(string code)
    {
        var act = () => new CatalogEntry(code, "户籍人口信息", Fixtures.Provider, ResourceCategory.Departmental, ShareType.Conditional, [new CatalogItem("name", "姓名", ItemKind.BusinessItem)]);

        var bad = code.First(c => !char.IsAsciiLetterOrDigit(c) && c is not ('-' or '.' or '_' or ':' or '/'));
        act.Should().Throw<ArgumentException>().WithParameterName("resourceCode")
            .WithMessage($"resourceCode '*' is not a code: U+{(int)bad:X4} at index {code.IndexOf(bad, StringComparison.Ordinal)} is not allowed*");
    }

    private static AccessRequest Submitted(Instant submittedAt) => Fixtures.Application(submittedAt);
}
