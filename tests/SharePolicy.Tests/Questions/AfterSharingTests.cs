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
/// The Regulations' questions about data once shared, through the API: data flowing back (Art. 24), its disposal and
/// suspension (Art. 27 ¶1–2), and how long its usage records are kept (Art. 29 ¶2). The rules' own examples are the
/// scenario files; these check what the API adds: the model's guards, the rule set chosen by the event's day and a
/// period of years that reaches past the calendar.
/// </summary>
public class AfterSharingTests
{
    private static readonly Instant Asked = Instant.FromUtc(2025, 10, 20, 2, 0);
    private static readonly Department Province = new("11330000MB0000021X", "浙江省市场监督管理局", GovernmentLevel.Provincial, "330000");
    private static readonly Department City = new("11330100MB0000022X", "杭州市市场监督管理局", GovernmentLevel.Municipal, "330100");

    private readonly SharePolicyEngine _engine = new(RuleSetLoader.LoadDefault(), WorkingDayCalendar.China, new FakeClock(Asked));

    [Fact]
    public void Data_on_a_district_of_the_city_flows_back_from_the_province_and_not_from_a_department_of_the_city()
    {
        var fromProvince = _engine.DecideFlowBack(new DataFlowBack(Province, City, "330000-SJ-0003", "330102", neededForDuties: true, Asked));
        var fromCity = _engine.DecideFlowBack(new DataFlowBack(City with { }, City, "330000-SJ-0003", "330102", neededForDuties: true, Asked));

        fromProvince.Outcome.Should().Be(FlowBackOutcome.ReturnRequired);
        fromProvince.Obligations.Select(o => o.Kind).Should().Equal(ObligationKind.ReturnData, ObligationKind.SecureData);
        fromProvince.Articles.Select(a => a.ToString()).Should().Equal("R2025 Art. 24 ¶1", "R2025 Art. 24 ¶2");
        fromCity.Outcome.Should().Be(FlowBackOutcome.NotRequired);
        fromCity.FiredRules.Should().Equal("r2025.flow-back.not-upper-level");
    }

    [Theory]
    [InlineData("")]
    [InlineData("Hangzhou")]
    public void A_flow_back_of_data_whose_region_is_not_a_code_is_refused_naming_it(string region)
    {
        var act = () => new DataFlowBack(Province, City, "330000-SJ-0003", region, neededForDuties: true, Asked);

        act.Should().Throw<ArgumentException>().WithParameterName("dataRegion");
    }

    [Fact]
    public void Obtained_data_with_an_undefined_purpose_or_rectification_is_refused()
    {
        var purpose = () => new ObtainedData(City, Province, "330100-GA-0007", (SharingPurposeStatus)9, usedBeyondSharing: false, givenToThirdParty: false, Asked);
        var rectification = () => new ObtainedData(City, Province, "330100-GA-0007", SharingPurposeStatus.Ongoing, usedBeyondSharing: false, givenToThirdParty: false, Asked) { Rectification = (RectificationStatus)9 };

        purpose.Should().Throw<ArgumentException>().WithParameterName("purpose");
        rectification.Should().Throw<ArgumentException>().WithParameterName("Rectification");
    }

    [Fact]
    public void Data_given_to_a_third_party_after_its_purpose_was_achieved_is_suspended_and_still_disposed_of()
    {
        var data = new ObtainedData(City, Province, "330100-GA-0007", SharingPurposeStatus.Achieved, usedBeyondSharing: false, givenToThirdParty: true, Asked);

        var decision = _engine.DecideDisposal(data);

        decision.Outcome.Should().Be(DisposalOutcome.SharingSuspended);
        decision.Obligations.Select(o => o.Kind).Should().Equal(ObligationKind.SuspendAccess, ObligationKind.Rectify, ObligationKind.DisposeData);
    }

    [Fact]
    public void A_usage_record_is_kept_three_years_to_a_calendar_date_past_the_last_holiday_notice()
    {
        var record = new UsageRecord(City, "330100-GA-0007", UsageRecordKind.Storage, Asked);

        var decision = _engine.DecideUsageRecords(record);

        var deadline = decision.Obligations.Single().Deadline!;
        deadline.DueDate.Should().Be(new LocalDate(2028, 10, 20));
        deadline.EndsAt.Should().Be(Instant.FromUtc(2028, 10, 20, 16, 0));
        deadline.IsProvisional.Should().BeFalse("a period of years counts no working days");
        decision.RuleSets.Select(stamp => stamp.Id).Should().Equal("cn.national.regulations-2025", "cn.national.regulations-2025.carry-overs");
    }

    [Fact]
    public void Under_the_Measures_no_rule_set_answers_the_questions_of_the_Regulations()
    {
        var before = Instant.FromUtc(2025, 7, 31, 2, 0);

        var flow = _engine.DecideFlowBack(new DataFlowBack(Province, City, "330000-SJ-0003", "330102", neededForDuties: true, before));
        var record = _engine.DecideUsageRecords(new UsageRecord(City, "330100-GA-0007", UsageRecordKind.Process, before));

        flow.Outcome.Should().Be(FlowBackOutcome.NotRequired, "no data flows that no rule sends");
        flow.Reasons.Select(r => r.RuleId).Should().Equal("no-rule-set-in-force");
        record.Obligations.Should().BeEmpty();
        record.Reasons.Select(r => r.RuleId).Should().Equal("no-rule-set-in-force");
    }

    [Fact]
    public void A_rectification_over_without_a_misuse_is_refused_naming_it()
    {
        var act = () => new ObtainedData(City, Province, "330100-GA-0007", SharingPurposeStatus.Ongoing, usedBeyondSharing: false, givenToThirdParty: false, Asked)
        {
            Rectification = RectificationStatus.Failed,
        };

        act.Should().Throw<ArgumentException>().WithParameterName("Rectification")
            .WithMessage("The rectification is Failed, but the data was neither used beyond its sharing nor given to a third party*");
    }

    [Fact]
    public void A_department_of_another_province_is_no_upper_level_and_a_national_recipient_covers_every_region()
    {
        var jiangsu = new Department("11320000MB0000021X", "江苏省市场监督管理局", GovernmentLevel.Provincial, "320000");
        var national = new Department("11100000MB0000021X", "某全国性机构", GovernmentLevel.Provincial, "000000");

        var across = _engine.DecideFlowBack(new DataFlowBack(jiangsu, City, "330000-SJ-0003", "330102", neededForDuties: true, Asked));
        var toNational = _engine.DecideFlowBack(new DataFlowBack(new Department("11100000000013127X", "国家市场监督管理总局", GovernmentLevel.Central, "100000"), national, "330000-SJ-0003", "330102", neededForDuties: true, Asked));

        across.FiredRules.Should().Equal("r2025.flow-back.not-upper-level");
        toNational.Outcome.Should().Be(FlowBackOutcome.ReturnRequired);
    }

    [Fact]
    public void A_usage_record_made_outside_the_calendar_is_refused_not_overflowed()
    {
        var record = new UsageRecord(City, "330100-GA-0007", UsageRecordKind.Storage, Instant.FromUtc(9998, 6, 1, 0, 0));

        var act = () => _engine.DecideUsageRecords(record);

        act.Should().Throw<CalendarRangeException>();
    }

    [Theory]
    [InlineData(2028, 2, 29, 2031, 2, 28)]
    [InlineData(2025, 10, 20, 2028, 10, 20)]
    [InlineData(2025, 12, 31, 2028, 12, 31)]
    public void A_period_of_years_ends_on_the_corresponding_day_or_the_months_last(int year, int month, int day, int dueYear, int dueMonth, int dueDay)
    {
        var deadline = new SharePolicy.Runtime.DeadlineCalculator(WorkingDayCalendar.China, SharePolicyEngine.ChinaStandardTime)
            .Compute(new YearsDeadline(3), new LocalDate(year, month, day));

        deadline.DueDate.Should().Be(new LocalDate(dueYear, dueMonth, dueDay));
        deadline.IsMinimumPeriod.Should().BeTrue();
        deadline.IsProvisional.Should().BeFalse();
    }

    [Fact]
    public void A_minimum_period_is_not_checked_as_a_time_to_act_by()
    {
        var deadline = new SharePolicy.Runtime.DeadlineCalculator(WorkingDayCalendar.China, SharePolicyEngine.ChinaStandardTime)
            .Compute(new YearsDeadline(3), new LocalDate(2025, 10, 20));

        var act = () => deadline.Check(null, Asked);

        act.Should().Throw<InvalidOperationException>().WithMessage("A period kept until 2028-10-20 is not met by a day*");
    }

    [Theory]
    [InlineData(1, "2028-10-20", true)]
    [InlineData(5, "2030-10-20", false)]
    public void A_city_may_lengthen_the_keeping_of_records_but_not_shorten_it(int years, string due, bool warned)
    {
        var rule = $$"""
            question: usage-records
            rules:
              - id: city.records
                articles: ["29¶2"]
                when: "true"
                effect: Require
                outcome: KeepRecord
                reason: { zh-Hans: 示例, en: Example }
                obligations:
                  - { kind: KeepUsageRecords, zh-Hans: 示例, en: Example, deadline: { years: {{years}} } }
            """;
        var library = Fixtures.WithCityOverlayOnTheRegulations("usage-records", rule);
        var engine = new SharePolicyEngine(library, WorkingDayCalendar.China, new FakeClock(Asked), jurisdiction: "330100");

        var decision = engine.DecideUsageRecords(new UsageRecord(City, "330100-GA-0007", UsageRecordKind.Process, Asked));

        decision.Obligations.Should().ContainSingle().Which.Deadline!.DueDate.Should().Be(NodaTime.Text.LocalDatePattern.Iso.Parse(due).Value);
        library.Warnings.Select(warning => warning.Message).Should().Equal(warned
            ? ["rule 'city.records' would loosen national law: KeepUsageRecords kept 1 years, where r2025.usage-records.keep-3-years keeps 3; the longer binds."]
            : []);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void A_period_of_years_out_of_range_is_refused(int years)
    {
        var act = () => new YearsDeadline(years);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Years").Which.ActualValue.Should().Be(years);
    }
}
