using NodaTime;
using NodaTime.Testing;
using SharePolicy.Calendar;
using SharePolicy.Compilation;
using SharePolicy.Engine;
using SharePolicy.Model;
using SharePolicy.Questions;

namespace SharePolicy.Tests.Engine;

/// <summary>Every question names the argument it was given wrong, and decides nothing.</summary>
public class EngineArgumentTests
{
    private static readonly SharePolicyEngine Engine = new(RuleSetLoader.LoadDefault(), WorkingDayCalendar.China, new FakeClock(Fixtures.Submitted));

    public static TheoryData<string, Action> NullArguments => new()
    {
        { "request", () => Engine.DecideAccess(null!, Fixtures.Entry(ShareType.Conditional)) },
        { "entry", () => Engine.DecideAccess(Fixtures.Request(), (CatalogEntry)null!) },
        { "catalog", () => Engine.DecideAccess(Fixtures.Request(), (ICatalog)null!) },
        { "change", () => Engine.DecideCatalogUpdate(null!) },
        { "reporter", () => Engine.DecideAnnualReport(null!, 2025) },
        { "request", () => Engine.ReviewReply(null!, Fixtures.Entry(ShareType.Conditional), Reply()) },
        { "entry", () => Engine.ReviewReply(Fixtures.Request(), null!, Reply()) },
        { "reply", () => Engine.ReviewReply(Fixtures.Request(), Fixtures.Entry(ShareType.Conditional), null!) },
        { "negotiation", () => Engine.DecideEscalation(null!) },
        { "grant", () => Engine.DecideUse(null!, new DataUse(Fixtures.Requester, Fixtures.Purpose, ["name"])) },
        { "use", () => Engine.DecideUse(Grant(), null!) },
        { "demand", () => Engine.DecideResubmission(null!) },
        { "dispute", () => Engine.DecideDispute(null!) },
        { "entry", () => Engine.ValidateCatalogEntry(null!) },
        { "project", () => Engine.DecideProject(null!) },
        { "record", () => Engine.ReviewCompliance(null!) },
    };

    [Theory]
    [MemberData(nameof(NullArguments))]
    public void A_missing_argument_is_named(string parameter, Action ask) =>
        ask.Should().Throw<ArgumentNullException>().WithParameterName(parameter);

    // The Measures' annual-report rules as a national rule set with no end (a folder without a manifest): the default
    // library's Measures end on 2025-07-31, and the Regulations that follow have no annual report.
    private static readonly SharePolicyEngine AnnualReports = new(
        RuleSetLoader.Load(RuleSetLoader.ReadDefaultFiles()
            .Where(file => file.Path == "rules/cn/national/measures-2016/annual-report.yaml")
            .Select(file => new RuleFile("rules/annual-report.yaml", file.Content))),
        WorkingDayCalendar.China, new FakeClock(Fixtures.Submitted));

    [Theory]
    [InlineData(2016, 2017)]
    [InlineData(9998, 9999)]
    public void The_first_and_last_years_an_annual_report_can_cover_are_decided(int year, int dueYear)
    {
        var decision = AnnualReports.DecideAnnualReport(Central, year);

        decision.Outcome.Should().Be(AnnualReportOutcome.ReportRequired);
        decision.Obligations.Single().Deadline!.DueDate.Should().Be(new LocalDate(dueYear, 2, 28));
    }

    [Fact]
    public void An_annual_report_of_a_year_whose_deadline_no_date_can_hold_is_rejected()
    {
        var act = () => Engine.DecideAnnualReport(Central, 9999);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("reportingYear").Which.ActualValue.Should().Be(9999);
    }

    [Fact]
    public void A_reply_dated_before_the_application_is_rejected_with_both_times()
    {
        var reply = new ProviderReply(true, Fixtures.Submitted - Duration.FromSeconds(1));

        var act = () => Engine.ReviewReply(Fixtures.Request(), Fixtures.Entry(ShareType.Conditional), reply);

        act.Should().Throw<ArgumentException>().WithParameterName("reply")
            .WithMessage($"The reply at {reply.RepliedAt} comes before the application at {Fixtures.Submitted}.*");
    }

    [Fact]
    public void A_reply_at_the_moment_of_the_application_is_reviewed()
    {
        var refusal = new ProviderReply(false, Fixtures.Submitted) { RefusalReasons = "申请用途与共享条件不符" };

        var decision = Engine.ReviewReply(Fixtures.Request(), Fixtures.Entry(ShareType.Conditional), refusal);

        decision.Outcome.Should().Be(ReplyReviewOutcome.Sound);
        decision.FiredRules.Should().Equal("reply.sound");
    }

    private static Department Central { get; } = new("11100000000019705X", "国家发展和改革委员会", GovernmentLevel.Central, "100000");

    private static ProviderReply Reply() => new(true, Fixtures.Submitted + Duration.FromDays(1));

    private static ShareGrant Grant() => new(Fixtures.Requester, "330100-0001", ["name"], Fixtures.Purpose);
}
