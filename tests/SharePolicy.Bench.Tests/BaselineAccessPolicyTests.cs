using NodaTime;
using SharePolicy.Model;
using SharePolicy.Questions;

namespace SharePolicy.Bench.Tests;

public class BaselineAccessPolicyTests
{
    private static BaselineAccessPolicy Baseline => Deciders.Baseline;

    [Theory]
    [InlineData(ShareType.Unconditional, AccessOutcome.Granted, new[] { "access.unconditional.take-directly" })]
    [InlineData(ShareType.Conditional, AccessOutcome.ApplicationRequired, new[] { "access.conditional.apply", "base-resource.business-item.conditional" })]
    [InlineData(ShareType.NotShared, AccessOutcome.NegotiationRequired, new[] { "access.not-shared.negotiate", "base-resource.business-item.not-shared" })]
    public void A_business_item_of_a_base_resource_follows_the_stated_share_type_citing_Art_10_2(ShareType shareType, AccessOutcome outcome, string[] rules)
    {
        var decision = Baseline.Decide(Cases.Request(items: "address"), Cases.Entry(shareType));

        decision.Outcome.Should().Be(outcome);
        decision.Items.Should().Equal(new ItemDecision("address", outcome, rules));
    }

    [Fact]
    public void A_method_the_entry_does_not_offer_and_a_body_that_is_not_a_government_body_are_each_denied()
    {
        var entry = new CatalogEntry(Cases.Entry(ShareType.Unconditional).ResourceCode, "人口基础信息", Cases.Department, ResourceCategory.Departmental,
            ShareType.Unconditional, [new CatalogItem("address", "住址", ItemKind.BusinessItem)])
        { ShareMethods = [ShareMethod.SystemIntegration] };
        var company = new Department("91330100MA2XXXXX1X", "杭州某数据科技有限公司", GovernmentLevel.Municipal, "330100") { Kind = BodyKind.Other };
        var request = Cases.Request();

        var decision = Baseline.Decide(
            new AccessRequest(company, request.ResourceCode, [], request.Purpose, ShareMethod.OnlineQuery, request.SubmittedAt), entry);

        decision.Items.Should().Equal(new ItemDecision("address", AccessOutcome.Denied, ["access.requester-not-government-body", "access.method-not-offered"]));
    }

    [Fact]
    public void An_items_own_share_type_beats_its_entrys()
    {
        var entry = new CatalogEntry(Cases.Resource, "x", Cases.Department, ResourceCategory.Departmental, ShareType.NotShared,
            [new CatalogItem("a", "甲", ItemKind.BusinessItem, ShareType.Unconditional)]);

        Baseline.Decide(Cases.Request(), entry).Items.Should().Equal(new ItemDecision("a", AccessOutcome.Granted, ["access.unconditional.take-directly"]));
    }

    [Fact]
    public void A_base_item_of_a_base_resource_is_granted_whatever_the_catalog_says()
    {
        var decision = Baseline.Decide(Cases.Request(), Cases.Entry(ShareType.NotShared));

        decision.Items.Should().Equal(
            new ItemDecision("id", AccessOutcome.Granted, ["base-resource.base-item.unconditional"]),
            new ItemDecision("address", AccessOutcome.NegotiationRequired, ["access.not-shared.negotiate", "base-resource.business-item.not-shared"]));
        decision.Outcome.Should().Be(AccessOutcome.NegotiationRequired);
    }

    [Fact]
    public void A_base_item_of_a_departmental_resource_follows_the_share_type()
    {
        var decision = Baseline.Decide(Cases.Request(items: "id"), Cases.Entry(ShareType.Conditional, ResourceCategory.Departmental));

        decision.Items.Should().Equal(new ItemDecision("id", AccessOutcome.ApplicationRequired, ["access.conditional.apply"]));
    }

    [Theory]
    [InlineData(true, NetworkZone.Internal, false, "purpose.required")]
    [InlineData(false, NetworkZone.External, true, "network.classified.not-on-external-platform")]
    [InlineData(true, NetworkZone.External, true, "network.classified.not-on-external-platform", "purpose.required")]
    public void A_prohibition_denies_even_a_base_item(bool withoutPurpose, NetworkZone network, bool classified, params string[] rules)
    {
        var decision = Baseline.Decide(
            Cases.Request(withPurpose: !withoutPurpose, network: network, items: "id"), Cases.Entry(ShareType.Unconditional, classified: classified));

        decision.Items.Should().Equal(new ItemDecision("id", AccessOutcome.Denied, rules));
        decision.Outcome.Should().Be(AccessOutcome.Denied);
        decision.ReplyDue.Should().BeNull();
    }

    [Fact]
    public void A_classified_resource_asked_for_through_the_internal_network_follows_the_share_type()
    {
        var decision = Baseline.Decide(Cases.Request(network: NetworkZone.Internal, items: "address"), Cases.Entry(ShareType.Conditional, classified: true));

        decision.Outcome.Should().Be(AccessOutcome.ApplicationRequired);
    }

    [Fact]
    public void An_application_is_replied_to_within_10_working_days_of_the_day_it_arrived_in_Beijing()
    {
        // Submitted 2024-09-29 10:00 in Beijing, a make-up working day; the National Day holiday runs 1-7 October and
        // Saturday 12 October is a make-up working day.
        var decision = Baseline.Decide(Cases.Request(), Cases.Entry(ShareType.Conditional));

        decision.ReplyDue.Should().Be(new LocalDate(2024, 10, 17));
        Baseline.Decide(Cases.Request(), Cases.Entry(ShareType.Unconditional)).ReplyDue.Should().BeNull();
    }

    [Fact]
    public void Requested_items_are_decided_in_catalog_order()
    {
        var decision = Baseline.Decide(Cases.Request(items: ["address", "id"]), Cases.Entry(ShareType.Unconditional));

        decision.Items.Select(item => item.ItemCode).Should().Equal("id", "address");
    }

    [Fact]
    public void An_item_not_in_the_entry_and_an_entry_of_another_resource_are_rejected_as_the_engine_rejects_them()
    {
        var unknownItem = () => Baseline.Decide(Cases.Request(items: "salary"), Cases.Entry(ShareType.Unconditional));
        var otherEntry = () => Baseline.Decide(
            Cases.Request(), new CatalogEntry("999", "x", Cases.Department, ResourceCategory.Base, ShareType.Unconditional, [Cases.BaseItem]));

        unknownItem.Should().Throw<ArgumentException>().WithParameterName("request").WithMessage("Item 'salary' is not in catalog entry '330100-GA-0007'.*");
        otherEntry.Should().Throw<ArgumentException>().WithParameterName("entry");
    }
}
