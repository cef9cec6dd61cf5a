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
        var purpose = () => new ObtainedData(City, Province, "330100-GA-0007", (SharingPurposeStatus)9, Asked);
        var rectification = () => new ObtainedData(City, Province, "330100-GA-0007", SharingPurposeStatus.Ongoing, Asked) { Rectification = (RectificationStatus)9 };

        purpose.Should().Throw<ArgumentException>().WithParameterName("purpose");
        rectification.Should().Throw<ArgumentException>().WithParameterName("Rectification");
    }

    [Fact]
    public void Data_given_to_a_third_party_after_its_purpose_was_achieved_is_suspended_and_still_disposed_of()
    {
        var data = new ObtainedData(City, Province, "330100-GA-0007", SharingPurposeStatus.Achieved, Asked) { GivenToThirdParty = true };

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
}
