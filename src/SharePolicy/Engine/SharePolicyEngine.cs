using NodaTime;
using SharePolicy.Compilation;
using SharePolicy.Model;
using SharePolicy.Rules;

namespace SharePolicy.Engine;

/// <summary>
/// Answers share-policy questions with a compiled rule set. Thread-safe: the compiled rule set is shared,
/// and every decision runs in a session of its own.
/// </summary>
public sealed class SharePolicyEngine
{
    private static readonly BilingualText NoRuleAppliesText = new(
        "没有适用的规则，依据“未明确允许即不予准许”的原则拒绝。",
        "No rule applies; the request is denied because nothing allows it.");

    private readonly IClock _clock;
    private readonly Dictionary<PolicyRule, int> _ruleOrder;

    /// <summary>Creates an engine over a compiled rule set.</summary>
    /// <param name="rules">The rule set, e.g. <see cref="RuleSetLoader.LoadDefault"/>.</param>
    /// <param name="clock">The clock that stamps each decision.</param>
    public SharePolicyEngine(CompiledRuleSet rules, IClock clock)
    {
        Rules = rules ?? throw new ArgumentNullException(nameof(rules));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _ruleOrder = rules.Rules.Select((rule, index) => (rule, index)).ToDictionary(pair => pair.rule, pair => pair.index);
    }

    /// <summary>The rule set decisions are made with.</summary>
    public CompiledRuleSet Rules { get; }

    /// <summary>
    /// May the requester take the requested items of this resource, and how (Art. 9, 10(2), 12 ¶1, 5(2))?
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="entry">The catalog entry of the resource the request names.</param>
    /// <returns>The decision; Denied, with a reason, whenever no rule grants.</returns>
    /// <exception cref="ArgumentException">The entry is not the resource requested, or a requested item is not in it.</exception>
    public AccessDecision DecideAccess(AccessRequest request, CatalogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(entry);
        if (!string.Equals(request.ResourceCode, entry.ResourceCode, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"The request is for resource '{request.ResourceCode}', but the catalog entry given is '{entry.ResourceCode}'.", nameof(entry));
        }

        var facts = RequestedItems(request, entry).Select(item => new AccessFacts(request, entry, item)).ToArray();
        Fire(facts);

        var denied = Convert.ToInt32(PolicyQuestion.Access.DenyOutcome, System.Globalization.CultureInfo.InvariantCulture);
        var items = new ItemDecision[facts.Length];
        var deciding = new List<PolicyRule>();
        var overall = 0;
        var noRuleApplied = false;
        for (var i = 0; i < facts.Length; i++)
        {
            var verdict = RuleCombiner.Combine(facts[i].Fired, denied);
            items[i] = new ItemDecision(facts[i].Item.Code, (AccessOutcome)verdict.Severity, verdict.Deciding.Select(rule => rule.Id).ToArray());
            overall = Math.Max(overall, verdict.Severity);
            deciding.AddRange(verdict.Deciding);
            noRuleApplied |= verdict.Deciding.Count == 0;
        }

        var decidingRules = InRuleSetOrder(deciding);
        var reasons = decidingRules.Select(rule => rule.Reason).ToList();
        if (noRuleApplied)
        {
            reasons.Add(new Reason(Reason.NoRuleApplies, NoRuleAppliesText, []));
        }

        return new AccessDecision(
            (AccessOutcome)overall,
            items,
            decidingRules.SelectMany(rule => rule.Obligations).ToArray(),
            reasons,
            InRuleSetOrder(facts.SelectMany(fact => fact.Fired)).Select(rule => rule.Id).ToArray(),
            _clock.GetCurrentInstant());
    }

    private static IEnumerable<CatalogItem> RequestedItems(AccessRequest request, CatalogEntry entry)
    {
        if (request.RequestedItems.Count == 0)
        {
            return entry.Items;
        }

        foreach (var code in request.RequestedItems)
        {
            if (entry.FindItem(code) is null)
            {
                throw new ArgumentException($"Item '{code}' is not in catalog entry '{entry.ResourceCode}'.", nameof(request));
            }
        }

        var requested = request.RequestedItems.ToHashSet(StringComparer.Ordinal);
        return entry.Items.Where(item => requested.Contains(item.Code));
    }

    private void Fire(IReadOnlyList<RuleFacts> facts)
    {
        var session = Rules.SessionFactory.CreateSession();
        session.InsertAll(facts);
        session.Fire();
    }

    private PolicyRule[] InRuleSetOrder(IEnumerable<PolicyRule> rules) =>
        rules.Distinct().OrderBy(rule => _ruleOrder[rule]).ToArray();
}
