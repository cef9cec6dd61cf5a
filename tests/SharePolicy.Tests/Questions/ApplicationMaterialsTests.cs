using NodaTime;
using NodaTime.Testing;
using SharePolicy.Calendar;
using SharePolicy.Compilation;
using SharePolicy.Engine;
using SharePolicy.Model;
using SharePolicy.Questions;
using SharePolicy.Rules;

namespace SharePolicy.Tests.Questions;

/// <summary>
/// What the Regulations add to an application and its reply (Art. 20 ¶2, 21): the materials an application states, the
/// day its missing materials arrive, a reply period that may be extended, and the readings where the text is open.
/// </summary>
public class ApplicationMaterialsTests
{
    // Friday 26 September 2025, 10:00 in Beijing: a Conditional reply is due 16 October 2025 under the Regulations.
    private static readonly Instant Received = Instant.FromUtc(2025, 9, 26, 2, 0);

    private readonly SharePolicyEngine _engine = new(RuleSetLoader.LoadDefault(), WorkingDayCalendar.China, new FakeClock(Received));

    [Fact]
    public void A_conditional_reply_under_the_Regulations_may_be_extended_by_ten_working_days_and_one_under_the_Measures_may_not()
    {
        var regulations = ReplyDeadline(_engine, Fixtures.Application(Received));
        var measures = ReplyDeadline(_engine, Fixtures.Application(Fixtures.Submitted));

        (regulations.DueDate, regulations.ExtendableBy).Should().Be((new LocalDate(2025, 10, 16), 10));
        (measures.DueDate, measures.ExtendableBy).Should().Be((new LocalDate(2024, 10, 17), 0));
    }

    [Fact]
    public void The_reply_period_counts_from_the_missing_materials_unless_the_host_reads_it_otherwise()
    {
        var request = new AccessRequest(Fixtures.Requester, "330100-0001", [], Fixtures.Purpose, ShareMethod.OnlineQuery, Received)
        {
            UseBasis = "《社会救助暂行办法》第十一条",
            UseScope = "户籍核查",
            UseUntil = new LocalDate(2026, 12, 31),
            ApprovedByUnitHead = true,
            MaterialsSuppliedAt = Instant.FromUtc(2025, 10, 9, 2, 0),
        };
        var firstReceipt = new SharePolicyEngine(RuleSetLoader.LoadDefault(), WorkingDayCalendar.China, new FakeClock(Received),
            readings: new LegalReadings { ClockRestartsWhenMaterialsArrive = false });

        ReplyDeadline(_engine, request).DueDate.Should().Be(new LocalDate(2025, 10, 22), "10 working days from 9 October, Saturday 11 October being one");
        ReplyDeadline(firstReceipt, request).DueDate.Should().Be(new LocalDate(2025, 10, 16));
        _engine.DecideAccess(request, Fixtures.Entry(ShareType.Conditional)).AsOf.Should().Be(new LocalDate(2025, 9, 26), "the rule set is still the one of the application's day");
    }

    [Fact]
    public void Missing_materials_cannot_arrive_before_the_application()
    {
        var act = () => new AccessRequest(Fixtures.Requester, "330100-0001", [], Fixtures.Purpose, ShareMethod.OnlineQuery, Received)
        {
            MaterialsSuppliedAt = Received - Duration.FromMinutes(1),
        };

        act.Should().Throw<ArgumentException>().WithParameterName(nameof(AccessRequest.MaterialsSuppliedAt));
    }

    [Fact]
    public void A_period_of_use_that_ends_before_the_application_is_refused_naming_both_days()
    {
        var request = new AccessRequest(Fixtures.Requester, "330100-0001", [], Fixtures.Purpose, ShareMethod.OnlineQuery, Received)
        {
            UseUntil = new LocalDate(2025, 9, 25),
        };

        var act = () => _engine.DecideAccess(request, Fixtures.Entry(ShareType.Conditional));

        act.Should().Throw<ArgumentException>().WithParameterName("request")
            .WithMessage("The period of use ends on 2025-09-25, before the application was received on 2025-09-26.*");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(367)]
    public void An_extension_is_of_one_to_366_working_days(int days)
    {
        var act = () => new ReplyExtension(days, approvedByAuthority: true, requesterNotified: true);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("workingDays").Which.ActualValue.Should().Be(days);
    }

    [Fact]
    public void An_extended_reply_deadline_past_the_calendar_is_refused_naming_the_first_day_it_cannot_classify()
    {
        var act = () => _engine.ReviewReply(DueOnChristmasEve, Fixtures.Entry(ShareType.Conditional), ExtendedReply(Instant.FromUtc(2026, 12, 28, 2, 0)));

        act.Should().Throw<CalendarRangeException>().Which.Date.Should().Be(new LocalDate(2027, 1, 1));
    }

    [Fact]
    public void A_reply_in_time_needs_no_extended_deadline_so_one_near_the_calendars_end_is_still_reviewed()
    {
        var review = _engine.ReviewReply(DueOnChristmasEve, Fixtures.Entry(ShareType.Conditional), ExtendedReply(Instant.FromUtc(2026, 12, 18, 2, 0)));

        review.Outcome.Should().Be(ReplyReviewOutcome.Sound);
    }

    [Fact]
    public void A_late_reply_whose_extension_reaches_a_projected_year_is_undetermined_and_says_which_notice_is_missing()
    {
        var engine = new SharePolicyEngine(RuleSetLoader.LoadDefault(), WorkingDayCalendar.China.WithProvisionalYears(1), new FakeClock(Received));

        var withinTheConfirmedDays = engine.ReviewReply(DueOnChristmasEve, Fixtures.Entry(ShareType.Conditional), ExtendedReply(Instant.FromUtc(2026, 12, 28, 2, 0)));
        var review = engine.ReviewReply(DueOnChristmasEve, Fixtures.Entry(ShareType.Conditional), ExtendedReply(Instant.FromUtc(2027, 1, 5, 2, 0)));

        withinTheConfirmedDays.Outcome.Should().Be(ReplyReviewOutcome.Sound, "a reply before the projected days is judged as usual");
        review.Outcome.Should().Be(ReplyReviewOutcome.TimelinessUndetermined);
        review.Reasons.Select(reason => reason.RuleId).Should().Equal("r2025.reply.timeliness-undetermined", Reason.ProvisionalDeadline);
    }

    [Fact]
    public void A_shorter_local_reply_deadline_brings_no_longer_extension_than_the_national_one_and_lint_warns()
    {
        // A city's overlay on the Regulations: 5 working days for the reply, but "extendable by 30", where the
        // Regulations allow 10 (Art. 21 ¶1). The 5 days bind; the extension stays the Regulations' 10.
        const string rule = """
            question: access
            rules:
              - id: city.reply-in-5
                articles: ["21¶1"]
                when: StatedShareType == ShareType.Conditional
                effect: Require
                outcome: ApplicationRequired
                reason: { zh-Hans: 示例, en: Example }
                obligations:
                  - { kind: ProviderReply, zh-Hans: 示例, en: Example, deadline: { workingDays: 5, extendableBy: 30 } }
            """;
        var library = Fixtures.WithCityOverlayOnTheRegulations("access", rule);
        var engine = new SharePolicyEngine(library, WorkingDayCalendar.China, new FakeClock(Received), jurisdiction: "330100");

        var reply = ReplyDeadline(engine, Fixtures.Application(Received));

        (reply.DueDate, reply.ExtendableBy).Should().Be((new LocalDate(2025, 10, 10), 10), "5 working days from 26 September 2025, the National Day week not counted");
        library.Warnings.Should().ContainSingle().Which.Message.Should().Be(
            "rule 'city.reply-in-5' would loosen national law: ProviderReply extendable by 30 working days, where r2025.access.conditional.reply-in-10 allows 10; the least binds.");
    }

    [Fact]
    public void A_deadline_rule_rejects_an_extension_out_of_range()
    {
        var act = () => new WorkingDaysDeadline(10) { ExtendableBy = -1 };

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(WorkingDaysDeadline.ExtendableBy)).Which.ActualValue.Should().Be(-1);
    }

    // An application of 10 December 2026, its Conditional reply due 24 December, 10 working days before the calendar ends.
    private static AccessRequest DueOnChristmasEve => Fixtures.Application(Instant.FromUtc(2026, 12, 10, 2, 0));

    // An agreeing reply that relies on an extension of 10 working days the authority approved and the requester was told of.
    private static ProviderReply ExtendedReply(Instant repliedAt) => new(approved: true, repliedAt)
    {
        Scope = ["name"],
        ApprovedByUnitHead = true,
        Extension = new ReplyExtension(10, approvedByAuthority: true, requesterNotified: true),
    };

    private static Deadline ReplyDeadline(SharePolicyEngine engine, AccessRequest request) =>
        engine.DecideAccess(request, Fixtures.Entry(ShareType.Conditional)).Obligations.Single(obligation => obligation.Kind == ObligationKind.ProviderReply).Deadline!;
}
