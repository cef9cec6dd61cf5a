using NRules;
using SharePolicy.Rules;

namespace SharePolicy.Compilation;

/// <summary>
/// A rule set compiled into NRules session factories, one per question. Immutable and safe to share between threads;
/// load it once and decide with it many times.
/// </summary>
public sealed class CompiledRuleSet
{
    // Decisions are short and need no I/O, so more of them run at once than there are cores only for a moment.
    private static readonly int MaxIdleSessions = Environment.ProcessorCount * 4;

    private readonly Dictionary<string, PolicyRule> _byId;
    private readonly IReadOnlyDictionary<PolicyQuestion, SessionPool> _sessions;

    internal CompiledRuleSet(IReadOnlyList<PolicyRule> rules, IReadOnlyDictionary<string, IReadOnlyList<string>> lists, IReadOnlyDictionary<PolicyQuestion, ISessionFactory> sessionFactories)
    {
        Rules = rules;
        Lists = lists;
        _sessions = sessionFactories.ToDictionary(pair => pair.Key, pair => new SessionPool(pair.Value, MaxIdleSessions));
        _byId = rules.ToDictionary(rule => rule.Id, StringComparer.Ordinal);
    }

    /// <summary>Every rule, in file order (files by name, rules as written).</summary>
    public IReadOnlyList<PolicyRule> Rules { get; }

    /// <summary>The named lists the rule files define (e.g. <c>baseResources</c>), which conditions use by name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Lists { get; }

    /// <summary>The sessions of a question's rules; null when the set has no rule for it (every decision then fails closed).</summary>
    internal SessionPool? SessionsFor(PolicyQuestion question) => _sessions.GetValueOrDefault(question);

    /// <summary>Finds a rule by id.</summary>
    /// <returns>The rule, or null when the set has none with that id.</returns>
    public PolicyRule? FindRule(string id) => _byId.GetValueOrDefault(id);
}
