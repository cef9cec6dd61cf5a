using BenchmarkDotNet.Attributes;
using NodaTime;
using SharePolicy.Calendar;
using SharePolicy.Compilation;
using SharePolicy.Engine;
using SharePolicy.Model;
using SharePolicy.Questions;

namespace SharePolicy.Benchmarks;

/// <summary>
/// The costliest decisions the bounds allow: the largest request the model accepts (every item of an entry of
/// <see cref="ModelLimits.MaxItemsPerEntry"/> items), with the default rules and with the worst conditions the guard
/// accepts added to them. A condition that would spin stops when the decision's work budget is spent; the target is
/// that each of these decides in under 1 ms.
/// </summary>
[MemoryDiagnoser]
public class WorstCaseBenchmarks
{
    private static readonly string ThousandTexts = string.Join(", ", Enumerable.Range(0, 1000).Select(i => $"t{i}"));

    private SharePolicyEngine _defaults = null!;
    private SharePolicyEngine _spinsOnTheFirstItem = null!;
    private SharePolicyEngine _spinsAcrossTheItems = null!;
    private AccessRequest _request = null!;
    private CatalogEntry _entry = null!;

    [GlobalSetup]
    public void Setup()
    {
        // Every code, name and text as long as the model allows, so that every text a condition reads is the longest.
        var items = Enumerable.Range(0, ModelLimits.MaxItemsPerEntry)
            .Select(i => new CatalogItem(Longest($"item{i}-", ModelLimits.MaxCodeLength), Longest($"信息项{i}", ModelLimits.MaxNameLength), (ItemKind)(i % 2), (ShareType)(i % 3)))
            .ToArray();
        var provider = new Department(Longest("11330100MB0000002X", ModelLimits.MaxCodeLength), Longest("杭州市公安局", ModelLimits.MaxNameLength), GovernmentLevel.Municipal, "330100");
        var resource = Longest("330100-0001-", ModelLimits.MaxCodeLength);
        _entry = new CatalogEntry(resource, Longest("户籍人口信息", ModelLimits.MaxNameLength), provider, ResourceCategory.Base, ShareType.Conditional, items)
        {
            BaseResource = "人口",
        };
        _request = new AccessRequest(new Department(Longest("11330100MB0000001X", ModelLimits.MaxCodeLength), Longest("杭州市民政局", ModelLimits.MaxNameLength), GovernmentLevel.Municipal, "330100"),
            resource, [], new Purpose(UsePurpose.DataVerification, Longest("最低生活保障资格审核", ModelLimits.MaxTextLength)), ShareMethod.OnlineQuery, Instant.FromUtc(2025, 9, 28, 2, 0))
        {
            // A complete application under the Regulations (Art. 20 ¶2), every text of it the longest.
            UseBasis = Longest("《社会救助暂行办法》第十一条", ModelLimits.MaxTextLength),
            UseScope = Longest("最低生活保障家庭的户籍核查", ModelLimits.MaxTextLength),
            UseUntil = new LocalDate(2026, 12, 31),
            ApprovedByUnitHead = true,
        };
        _defaults = Engine();

        // Two list methods nested over a thousand texts: a million elements, far beyond the budget, on the first item.
        _spinsOnTheFirstItem = Engine(Rule("l.All(a => l.All(b => b != \"none\"))"));

        // Two list methods over the entry's items on every item, each finding a long needle in a longest name: the
        // budget runs out part way through the request, the most work a decision can do before it stops.
        _spinsAcrossTheItems = Engine(Rule($"Entry.Items.All(a => a.Name.Contains(\"{new string('x', 120)}\")) && Entry.Items.Count(b => b.Code.StartsWith(\"item\")) > 0"));
    }

    [Benchmark(Baseline = true)]
    public AccessOutcome LargestRequestDefaultRules() => _defaults.DecideAccess(_request, _entry).Outcome;

    [Benchmark]
    public AccessOutcome LargestRequestWorstConditionOnTheFirstItem() => _spinsOnTheFirstItem.DecideAccess(_request, _entry).Outcome;

    [Benchmark]
    public AccessOutcome LargestRequestWorstConditionOnEveryItem() => _spinsAcrossTheItems.DecideAccess(_request, _entry).Outcome;

    private static SharePolicyEngine Engine(params string[] extraRules) =>
        new(RuleSetLoader.Load([
                .. RuleSetLoader.ReadDefaultFiles(),
                new RuleFile($"{RuleSetOfTheDay}/worst-lists.yaml", $"lists:\n  l: [{ThousandTexts}]\n"),
                .. extraRules.Select((rule, i) => new RuleFile($"{RuleSetOfTheDay}/worst-{i}.yaml", rule)),
            ]),
            WorkingDayCalendar.China,
            SystemClock.Instance);

    // The request is of 2025-09-28, so the Regulations' rule set decides it; the worst rules join that set.
    private const string RuleSetOfTheDay = "rules/cn/national/regulations-2025";

    private static string Longest(string start, int length) => start.PadRight(length, 'x')[..length];

    private static string Rule(string when) => $$"""
        question: access
        rules:
          - id: worst.condition
            articles: ["14"]
            effect: Permit
            outcome: Granted
            reason: { zh-Hans: 最坏情况, en: worst case }
            when: '{{when}}'
        """;
}
