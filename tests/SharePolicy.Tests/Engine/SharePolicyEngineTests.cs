using NodaTime;
using NodaTime.Testing;
using SharePolicy.Calendar;
using SharePolicy.Compilation;
using SharePolicy.Engine;
using SharePolicy.Model;

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
        decision.Articles.Should().Equal(ArticleReference.Of(9), ArticleReference.OfParagraph(12, 1));
        decision.Obligations.Select(o => o.Kind).Should().Equal(ObligationKind.TakeFromPlatform);
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
            new ItemDecision("b", AccessOutcome.ApplicationRequired, ["access.conditional.apply"]),
            new ItemDecision("a", AccessOutcome.Granted, ["base-resource.base-item.unconditional"]));
        decision.Outcome.Should().Be(AccessOutcome.ApplicationRequired);
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
        ((Action)(() => _engine.DecideAccess(Fixtures.Request(), null!))).Should().Throw<ArgumentNullException>().WithParameterName("entry");
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
        decision.Articles.Should().Equal(ArticleReference.OfItem(5, 2));
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

    private static string Summary(AccessDecision decision) =>
        $"{decision.Outcome}|{string.Join(",", decision.Items.Select(i => $"{i.ItemCode}:{i.Outcome}"))}|{string.Join(",", decision.FiredRules)}|{string.Join(",", decision.Reasons.Select(r => r.RuleId))}";
}
