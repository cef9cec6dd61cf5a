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

/// <summary>The engine's questions that compose others: reply review (Art. 12) and compliance review (Art. 24).</summary>
public class ReviewTests
{
    private static readonly Instant ReviewedAt = Instant.FromUtc(2024, 11, 4, 2, 0); // a Monday, under the Measures
    private readonly SharePolicyEngine _engine = new(RuleSetLoader.LoadDefault(), WorkingDayCalendar.China, new FakeClock(ReviewedAt));

    [Fact]
    public void A_reply_whose_scope_names_an_item_the_entry_lacks_is_rejected_naming_it()
    {
        var reply = new ProviderReply(true, Fixtures.Submitted + Duration.FromDays(1)) { Scope = ["name", "salary"] };

        var act = () => _engine.ReviewReply(Fixtures.Request(), Fixtures.Entry(ShareType.Conditional), reply);

        act.Should().Throw<ArgumentException>().WithParameterName("reply").WithMessage("*'salary'*'330100-0001'*");
    }

    [Fact]
    public void A_complete_approval_in_time_is_sound()
    {
        var reply = new ProviderReply(true, Fixtures.Submitted + Duration.FromDays(2))
        {
            Scope = ["name"],
            PurposeOfUse = UsePurpose.DataVerification,
            Method = ShareMethod.OnlineQuery,
        };

        var decision = _engine.ReviewReply(Fixtures.Request(), Fixtures.Entry(ShareType.Conditional), reply);

        decision.Outcome.Should().Be(ReplyReviewOutcome.Sound);
        decision.FiredRules.Should().Equal("reply.sound");
    }

    [Fact]
    public void A_reply_is_judged_by_the_decision_the_applicant_was_told_not_by_rules_loaded_since()
    {
        // Received Sunday 2024-09-29 (a make-up working day): told 10 working days, to 2024-10-17; the rules loaded
        // since give 5, to 2024-10-11. The reply comes on 2024-10-15.
        var told = _engine.DecideAccess(Fixtures.Request(), Fixtures.Entry(ShareType.Conditional));
        var shorter = RuleSetLoader.Load(RuleSetLoader.ReadDefaultFiles().Select(file =>
            file with { Content = file.Content.Replace("deadline: { workingDays: 10 }", "deadline: { workingDays: 5 }", StringComparison.Ordinal) }));
        var reloaded = new SharePolicyEngine(shorter, WorkingDayCalendar.China, new FakeClock(ReviewedAt));
        var reply = new ProviderReply(true, Instant.FromUtc(2024, 10, 15, 2, 0))
        {
            Scope = ["name"],
            PurposeOfUse = UsePurpose.DataVerification,
            Method = ShareMethod.OnlineQuery,
        };

        var judged = reloaded.ReviewReply(Fixtures.Request(), Fixtures.Entry(ShareType.Conditional), reply, told);
        var decidedAgain = reloaded.ReviewReply(Fixtures.Request(), Fixtures.Entry(ShareType.Conditional), reply);

        told.Obligations.Single(obligation => obligation.Kind == ObligationKind.ProviderReply).Deadline!.DueDate.Should().Be(new LocalDate(2024, 10, 17));
        judged.Outcome.Should().Be(ReplyReviewOutcome.Sound);
        judged.FiredRules.Should().Equal("reply.sound");
        judged.AsOf.Should().Be(new LocalDate(2024, 10, 15));
        decidedAgain.Outcome.Should().Be(ReplyReviewOutcome.Defective);
        decidedAgain.FiredRules.Should().Contain("reply.late");
    }

    [Fact]
    public void A_decision_told_on_another_application_day_is_refused()
    {
        var other = new AccessRequest(Fixtures.Requester, "330100-0001", [], Fixtures.Purpose, ShareMethod.OnlineQuery, Fixtures.Submitted - Duration.FromDays(7));
        var told = _engine.DecideAccess(other, Fixtures.Entry(ShareType.Conditional));
        var reply = new ProviderReply(true, Fixtures.Submitted + Duration.FromDays(1)) { Scope = ["name"] };

        var act = () => _engine.ReviewReply(Fixtures.Request(), Fixtures.Entry(ShareType.Conditional), reply, told);

        act.Should().Throw<ArgumentException>().WithParameterName("told")
            .WithMessage("The access decision given was made as of 2024-09-22, but the application was received on 2024-09-29; give the decision made on it.*");
    }

    [Fact]
    public void A_record_entry_done_after_the_review_is_a_contradiction()
    {
        var record = new DepartmentRecord(Fixtures.Provider)
        {
            CatalogCompiled = true,
            AnnualReports = [new AnnualReportRecord(2024, ReviewedAt + Duration.FromDays(1))],
        };

        var act = () => _engine.ReviewCompliance(record);

        act.Should().Throw<ArgumentException>().WithParameterName("record").WithMessage("*after the time of the review*");
    }

    [Fact]
    public void Each_finding_names_its_article_rule_and_the_record_entry_behind_it()
    {
        var change = new CatalogChange(Fixtures.ProvincialGovernment, CatalogChangeKind.LawRevised, Instant.FromUtc(2024, 9, 27, 2, 0));
        var record = new DepartmentRecord(Fixtures.ProvincialGovernment)
        {
            CatalogCompiled = true,
            CatalogUpdates = [new CatalogUpdateRecord(change, null)],
            QualityIssues = [new QualityIssue("330100-0001", QualityIssueKind.Stale, "三个月未更新")],
        };

        var decision = _engine.ReviewCompliance(record);

        decision.Outcome.Should().Be(ComplianceOutcome.RectificationRequired);
        decision.DecidedAt.Should().Be(ReviewedAt);
        decision.Findings.Select(finding => finding.RuleId).Should().Equal("compliance.catalog-not-updated", "compliance.data-quality");
        decision.Findings[0].Articles.Should().Equal(Instrument.Measures2016.Item(24, 1), Instrument.Measures2016.Paragraph(8, 1));
        decision.Findings[0].Evidence.Should().Be("catalog update after LawRevised at 2024-09-27T02:00:00Z: due 2024-10-23, not done by 2024-11-04T02:00:00Z");
        decision.Findings[1].Evidence.Should().Be("data of 330100-0001 found Stale: 三个月未更新");
        decision.Reasons.Select(reason => reason.RuleId).Should().Equal("compliance.catalog-not-updated", "compliance.data-quality");
    }

    [Fact]
    public void Every_kind_of_record_entry_found_wanting_shows_the_dates_behind_its_finding()
    {
        var central = new Department("11100000000019705X", "国家发展和改革委员会", GovernmentLevel.Central, "100000");
        var supplyDue = new Deadline(new LocalDate(2024, 10, 10), Instant.FromUtc(2024, 10, 10, 16, 0));
        var grant = new ShareGrant(central, "330100-0001", ["name"], Fixtures.Purpose);
        var record = new DepartmentRecord(central)
        {
            CatalogCompiled = false,
            Supplies = [new SupplyRecord("330100-0001", supplyDue, Instant.FromUtc(2024, 10, 21, 2, 0))],
            Uses = [new UseRecord(grant, new DataUse(central, new Purpose(UsePurpose.WorkReference, "商业推广"), ["name"]))],
            AnnualReports = [new AnnualReportRecord(2023, Instant.FromUtc(2024, 3, 5, 2, 0))],
        };

        var decision = _engine.ReviewCompliance(record);

        decision.Findings.Select(finding => (finding.RuleId, finding.Evidence)).Should().Equal(
            ("compliance.catalog-not-compiled", "no resource catalog compiled"),
            ("compliance.shared-data-not-supplied-in-time", "shared data of 330100-0001: due 2024-10-10, done at 2024-10-21T02:00:00Z"),
            ("compliance.use-beyond-duties", "use of 330100-0001 as WorkReference for 商业推广: Denied (use.other-purpose)"),
            ("compliance.annual-report-late", "annual report on 2023: due 2024-02-29, done at 2024-03-05T02:00:00Z"));
    }

    [Fact]
    public void A_record_in_order_gives_the_in_order_reason_and_no_finding()
    {
        var decision = _engine.ReviewCompliance(new DepartmentRecord(Fixtures.ProvincialGovernment) { CatalogCompiled = true });

        decision.Outcome.Should().Be(ComplianceOutcome.Compliant);
        decision.Findings.Should().BeEmpty();
        decision.Reasons.Select(reason => reason.RuleId).Should().Equal("compliance.entry-in-order");
        decision.Obligations.Should().BeEmpty();
    }

    [Fact]
    public void A_municipal_department_is_not_a_body_Art_24_names_so_its_record_gives_no_finding_whatever_it_holds()
    {
        var record = new DepartmentRecord(Fixtures.Provider)
        {
            CatalogCompiled = false,
            AnnualReports = [new AnnualReportRecord(2023, null)],
            OtherBreaches = [new OtherBreach("第十二条第三款", "要求申请人重复提交身份证明")],
        };

        var decision = _engine.ReviewCompliance(record);

        decision.Outcome.Should().Be(ComplianceOutcome.NotSubject);
        decision.Findings.Should().BeEmpty();
        decision.Reasons.Select(reason => reason.RuleId).Should().Equal("compliance.not-named-body");
        decision.Obligations.Should().BeEmpty();
    }

    [Fact]
    public void Another_breach_is_a_finding_naming_the_provision_in_its_evidence()
    {
        var record = new DepartmentRecord(Fixtures.ProvincialGovernment)
        {
            CatalogCompiled = true,
            OtherBreaches = [new OtherBreach("第十二条第三款", "要求申请人重复提交身份证明")],
        };

        var finding = _engine.ReviewCompliance(record).Findings.Should().ContainSingle().Subject;

        finding.RuleId.Should().Be("compliance.other-breach");
        finding.Articles.Should().Equal(Instrument.Measures2016.Item(24, 5));
        finding.Evidence.Should().Be("breach of 第十二条第三款: 要求申请人重复提交身份证明");
    }

    [Fact]
    public void A_demand_whose_source_lacks_the_item_is_rejected()
    {
        var act = () => new DocumentDemand(Fixtures.Requester, PartyKind.NaturalPerson, "salary", Fixtures.Entry(ShareType.Unconditional));

        act.Should().Throw<ArgumentException>().WithParameterName("platformSource").WithMessage("*'330100-0001' has no item 'salary'*");
    }
}
