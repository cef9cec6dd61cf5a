using NodaTime;
using NodaTime.Testing;
using SharePolicy.Calendar;
using SharePolicy.Compilation;
using SharePolicy.Engine;
using SharePolicy.Instruments;
using SharePolicy.Model;
using SharePolicy.Questions;
using SharePolicy.Rules;

namespace SharePolicy.Tests.Engine;

public class SharePolicyEngineTests
{
    private readonly FakeClock _clock = new(Fixtures.Submitted);
    private readonly SharePolicyEngine _engine;

    public SharePolicyEngineTests()
    {
        _engine = new SharePolicyEngine(RuleSetLoader.LoadDefault(), WorkingDayCalendar.China, _clock);
    }

    [Fact]
    public void Unconditional_resource_is_granted_from_the_platform()
    {
        var decision = _engine.DecideAccess(Fixtures.Request(), Fixtures.Entry(ShareType.Unconditional));

        decision.Outcome.Should().Be(AccessOutcome.Granted);
        decision.FiredRules.Should().Equal("access.unconditional.take-directly");
        decision.Reasons.Select(r => r.RuleId).Should().Equal("access.unconditional.take-directly");
        decision.Articles.Should().Equal(Instrument.Measures2016.Article(9), Instrument.Measures2016.Paragraph(12, 1), Instrument.Measures2016.Paragraph(12, 2));
        decision.Obligations.Select(o => o.Kind).Should().Equal(ObligationKind.TakeFromPlatform);
        decision.Grant!.Items.Should().Equal("name");
        decision.Grant.Purpose.Should().Be(Fixtures.Purpose);
        decision.Grant.Method.Should().Be(ShareMethod.OnlineQuery);
        decision.Grant.Grantee.Should().Be(Fixtures.Requester);
    }

    [Fact]
    public void Decision_is_stamped_with_the_injected_clock()
    {
        _clock.Advance(Duration.FromHours(3));

        var decision = _engine.DecideAccess(Fixtures.Request(), Fixtures.Entry(ShareType.Conditional));

        decision.DecidedAt.Should().Be(Fixtures.Submitted + Duration.FromHours(3));
    }

    [Fact]
    public void No_requested_items_means_every_item_in_catalog_order()
    {
        var entry = Fixtures.Entry(ShareType.Conditional, ResourceCategory.Base,
            new CatalogItem("b", "乙", ItemKind.BusinessItem), new CatalogItem("a", "甲", ItemKind.BaseItem));

        var decision = _engine.DecideAccess(Fixtures.Request(), entry);

        decision.Items.Should().Equal(
            new ItemDecision("b", AccessOutcome.ApplicationRequired, ["access.conditional.apply", "base-resource.business-item.conditional"]),
            new ItemDecision("a", AccessOutcome.Granted, ["base-resource.base-item.unconditional"]));
        decision.Outcome.Should().Be(AccessOutcome.ApplicationRequired);

        // The reasons come in rule-set order (access.yaml, then base-resources.yaml); the articles in the Measures' order, once each.
        decision.Reasons.Select(reason => reason.RuleId).Should().Equal(
            "access.conditional.apply", "base-resource.base-item.unconditional", "base-resource.business-item.conditional");
        decision.Articles.Should().Equal(
            Instrument.Measures2016.Article(9), Instrument.Measures2016.Item(10, 2), Instrument.Measures2016.Paragraph(12, 1), Instrument.Measures2016.Paragraph(12, 2));
        decision.Grant.Should().BeEquivalentTo(new ShareGrant(Fixtures.Requester, entry.ResourceCode, ["a"], Fixtures.Purpose) { Method = ShareMethod.OnlineQuery });
    }

    [Fact]
    public void Requested_items_are_reported_in_catalog_order_whatever_the_request_order()
    {
        var entry = Fixtures.Entry(ShareType.Unconditional, ResourceCategory.Departmental,
            new CatalogItem("a", "甲", ItemKind.BusinessItem), new CatalogItem("b", "乙", ItemKind.BusinessItem), new CatalogItem("c", "丙", ItemKind.BusinessItem));

        var decision = _engine.DecideAccess(Fixtures.Request(items: ["c", "a"]), entry);

        decision.Items.Select(item => item.ItemCode).Should().Equal("a", "c");
    }

    [Fact]
    public void Entry_of_another_resource_is_rejected_naming_both_codes()
    {
        var other = new CatalogEntry("999-0001", "其他", Fixtures.Provider, ResourceCategory.Departmental, ShareType.Unconditional,
            [new CatalogItem("name", "姓名", ItemKind.BusinessItem)]);

        var act = () => _engine.DecideAccess(Fixtures.Request(), other);

        act.Should().Throw<ArgumentException>().WithParameterName("entry")
            .WithMessage("*'330100-0001'*'999-0001'*");
    }

    [Fact]
    public void Item_not_in_the_catalog_is_rejected_naming_it()
    {
        var act = () => _engine.DecideAccess(Fixtures.Request(items: ["name", "salary"]), Fixtures.Entry(ShareType.Unconditional));

        act.Should().Throw<ArgumentException>().WithParameterName("request")
            .WithMessage("Item 'salary' is not in catalog entry '330100-0001'.*");
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        var entry = Fixtures.Entry(ShareType.Unconditional);

        ((Action)(() => _engine.DecideAccess(null!, entry))).Should().Throw<ArgumentNullException>().WithParameterName("request");
        ((Action)(() => _engine.DecideAccess(Fixtures.Request(), (CatalogEntry)null!))).Should().Throw<ArgumentNullException>().WithParameterName("entry");
        ((Action)(() => _ = new SharePolicyEngine(null!, WorkingDayCalendar.China, _clock))).Should().Throw<ArgumentNullException>().WithParameterName("rules");
        ((Action)(() => _ = new SharePolicyEngine(RuleSetLoader.LoadDefault(), null!, _clock))).Should().Throw<ArgumentNullException>().WithParameterName("calendar");
        ((Action)(() => _ = new SharePolicyEngine(RuleSetLoader.LoadDefault(), WorkingDayCalendar.China, null!))).Should().Throw<ArgumentNullException>().WithParameterName("clock");
    }

    [Fact]
    public void Forbid_overrules_the_rules_that_would_grant_and_reports_them_as_fired()
    {
        var entry = Fixtures.Entry(ShareType.Unconditional, ResourceCategory.Base, new CatalogItem("id", "公民身份号码", ItemKind.BaseItem));

        var decision = _engine.DecideAccess(Fixtures.Request(withoutPurpose: true), entry);

        decision.Outcome.Should().Be(AccessOutcome.Denied);
        decision.FiredRules.Should().Equal("access.unconditional.take-directly", "base-resource.base-item.unconditional", "purpose.required");
        decision.Reasons.Select(r => r.RuleId).Should().Equal("purpose.required");
        decision.Articles.Should().Equal(Instrument.Measures2016.Item(5, 2));
        decision.Obligations.Select(o => o.Kind).Should().Equal(ObligationKind.StatePurpose);
    }

    [Fact]
    public void Concurrent_decisions_through_one_engine_equal_the_single_threaded_ones()
    {
        var cases = new[]
        {
            (Fixtures.Request(), Fixtures.Entry(ShareType.Unconditional)),
            (Fixtures.Request(), Fixtures.Entry(ShareType.Conditional)),
            (Fixtures.Request(), Fixtures.Entry(ShareType.NotShared)),
            (Fixtures.Request(withoutPurpose: true), Fixtures.Entry(ShareType.Unconditional)),
            (Fixtures.Request(), Fixtures.Entry(ShareType.NotShared, ResourceCategory.Base,
                new CatalogItem("name", "姓名", ItemKind.BaseItem), new CatalogItem("phone", "电话", ItemKind.BusinessItem))),
        };
        var expected = cases.Select(c => Summary(_engine.DecideAccess(c.Item1, c.Item2))).ToArray();

        var mismatches = 0;
        Parallel.For(0, 20_000, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount * 2 }, i =>
        {
            var (request, entry) = cases[i % cases.Length];
            if (Summary(_engine.DecideAccess(request, entry)) != expected[i % cases.Length])
            {
                Interlocked.Increment(ref mismatches);
            }
        });

        mismatches.Should().Be(0);
        expected.Should().OnlyHaveUniqueItems("the cases must exercise different decisions");
    }

    [Fact]
    public void A_condition_that_fails_while_it_runs_makes_the_decision_fail_closed_naming_the_rule()
    {
        var rules = RuleSetLoader.Load([new RuleFile("rules/fragile.yaml", """
            question: access
            rules:
              - id: fragile.duty
                articles: ["5(2)"]
                when: Request.Purpose.Duty != "x"
                effect: Permit
                outcome: Granted
                reason: { zh-Hans: 理由, en: reason }
            """)]);
        var engine = new SharePolicyEngine(rules, WorkingDayCalendar.China, _clock);

        var decision = engine.DecideAccess(Fixtures.Request(withoutPurpose: true), Fixtures.Entry(ShareType.Unconditional));

        decision.Outcome.Should().Be(AccessOutcome.Denied);
        decision.FiredRules.Should().BeEmpty();
        decision.Reasons.Should().ContainSingle().Which.RuleId.Should().Be(Reason.RuleFailed);
        decision.Reasons[0].Text.En.Should().Contain("fragile.duty: ");
        engine.DecideAccess(Fixtures.Request(), Fixtures.Entry(ShareType.Unconditional)).Outcome.Should().Be(AccessOutcome.Granted);
    }

    [Fact]
    public void A_question_the_rule_set_has_no_rule_for_fails_closed()
    {
        var accessOnly = RuleSetLoader.Load([new RuleFile("rules/access.yaml", """
            question: access
            rules:
              - id: only.access
                articles: ["12¶1"]
                when: "true"
                effect: Permit
                outcome: Granted
                reason: { zh-Hans: 理由, en: reason }
            """)]);
        var engine = new SharePolicyEngine(accessOnly, WorkingDayCalendar.China, _clock);
        var grant = new ShareGrant(Fixtures.Requester, "330100-0001", ["name"], Fixtures.Purpose);

        var decision = engine.DecideUse(grant, new DataUse(Fixtures.Requester, Fixtures.Purpose, ["name"]));

        // A national set with no rule for the question is no rule set in force for it, whatever it holds for others.
        decision.Outcome.Should().Be(UseOutcome.Denied);
        decision.FiredRules.Should().BeEmpty();
        decision.Reasons.Select(reason => reason.RuleId).Should().Equal(Reason.NoRuleSetInForce);
        decision.Reasons[0].Text.En.Should().Contain("answering the 'use' question");
    }

    [Fact]
    public void A_reply_deadline_ending_in_the_evening_of_its_due_date_in_Beijing()
    {
        var request = new AccessRequest(Fixtures.Requester, "330100-0001", [], Fixtures.Purpose, ShareMethod.OnlineQuery,
            Instant.FromUtc(2024, 9, 29, 2, 0));

        var reply = _engine.DecideAccess(request, Fixtures.Entry(ShareType.Conditional)).Obligations.Single(o => o.Kind == ObligationKind.ProviderReply);

        reply.Deadline.Should().Be(new Deadline(new LocalDate(2024, 10, 17), Instant.FromUtc(2024, 10, 17, 16, 0)));
        reply.Articles.Should().Equal(Instrument.Measures2016.Article(9), Instrument.Measures2016.Paragraph(12, 1));
        reply.RuleId.Should().Be("access.conditional.apply");
    }

    [Theory]
    [InlineData(9, 29, "2024-10-17")] // 17:29 in Beijing on Sunday 29 September, a make-up working day: received that day
    [InlineData(9, 30, "2024-10-18")] // 17:30: received on Monday 30 September, so the tenth working day moves on
    public void An_application_at_or_after_close_of_business_is_received_the_next_day(int utcHour, int minute, string due)
    {
        var engine = new SharePolicyEngine(RuleSetLoader.LoadDefault(), WorkingDayCalendar.China, _clock, closeOfBusiness: new LocalTime(17, 30));
        var request = new AccessRequest(Fixtures.Requester, "330100-0001", [], Fixtures.Purpose, ShareMethod.OnlineQuery,
            Instant.FromUtc(2024, 9, 29, utcHour, minute));

        var reply = engine.DecideAccess(request, Fixtures.Entry(ShareType.Conditional)).Obligations.Single(o => o.Kind == ObligationKind.ProviderReply);

        reply.Deadline!.DueDate.Should().Be(NodaTime.Text.LocalDatePattern.Iso.Parse(due).Value);
    }

    [Fact]
    public void Close_of_business_does_not_move_the_day_of_a_catalog_change()
    {
        var engine = new SharePolicyEngine(RuleSetLoader.LoadDefault(), WorkingDayCalendar.China, _clock, closeOfBusiness: new LocalTime(17, 30));
        var change = new CatalogChange(Fixtures.Provider, CatalogChangeKind.LawRevised, Instant.FromUtc(2024, 9, 27, 12, 0));

        engine.DecideCatalogUpdate(change).Obligations.Single().Deadline!.DueDate.Should().Be(new LocalDate(2024, 10, 23));
    }

    [Fact]
    public void A_reply_deadline_beyond_the_calendar_throws_rather_than_guessing()
    {
        var request = Fixtures.Application(Instant.FromUtc(2026, 12, 24, 2, 0));

        var act = () => _engine.DecideAccess(request, Fixtures.Entry(ShareType.Conditional));

        act.Should().Throw<CalendarRangeException>();
    }

    [Fact]
    public void Obligations_without_a_deadline_carry_none()
    {
        var decision = _engine.DecideAccess(Fixtures.Request(), Fixtures.Entry(ShareType.Conditional));

        decision.Obligations.Single(o => o.Kind == ObligationKind.ApplyThroughPlatform).Deadline.Should().BeNull();
    }

    [Fact]
    public void A_catalog_update_is_due_15_working_days_after_the_change()
    {
        var change = new CatalogChange(Fixtures.Provider, CatalogChangeKind.LawRevised, Instant.FromUtc(2024, 9, 27, 2, 0));

        var decision = _engine.DecideCatalogUpdate(change);

        decision.Outcome.Should().Be(CatalogUpdateOutcome.UpdateRequired);
        decision.Obligations.Should().ContainSingle().Which.Deadline!.DueDate.Should().Be(new LocalDate(2024, 10, 23));
        decision.Articles.Should().Equal(Instrument.Measures2016.Paragraph(8, 1));
    }

    [Fact]
    public void An_annual_report_of_a_year_before_the_Measures_has_no_rule_set_in_force()
    {
        var decision = _engine.DecideAnnualReport(Fixtures.Provider, 2015);

        decision.Outcome.Should().Be(AnnualReportOutcome.ReportRequired);
        decision.Reasons.Select(reason => reason.RuleId).Should().Equal(Reason.NoRuleSetInForce);
        decision.Obligations.Should().BeEmpty();
        decision.RuleSets.Should().BeEmpty();
        decision.AsOf.Should().Be(new LocalDate(2015, 12, 31));
    }

    [Fact]
    public void An_annual_report_of_a_year_no_calendar_can_hold_is_rejected()
    {
        var act = () => _engine.DecideAnnualReport(Fixtures.Provider, 0);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("reportingYear").Which.ActualValue.Should().Be(0);
    }

    [Fact]
    public void An_annual_report_is_due_at_the_end_of_February_in_Beijing()
    {
        var central = new Department("11100000000019705X", "国家发展和改革委员会", GovernmentLevel.Central, "100000");

        var report = _engine.DecideAnnualReport(central, 2024).Obligations.Single();

        report.Deadline.Should().Be(new Deadline(new LocalDate(2025, 2, 28), Instant.FromUtc(2025, 2, 28, 16, 0)));
    }

    private static string Summary(AccessDecision decision) =>
        $"{decision.Outcome}|{string.Join(",", decision.Items.Select(i => $"{i.ItemCode}:{i.Outcome}"))}|{string.Join(",", decision.FiredRules)}|{string.Join(",", decision.Reasons.Select(r => r.RuleId))}";
}
