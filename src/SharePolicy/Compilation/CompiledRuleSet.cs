using NRules.RuleModel;
using SharePolicy.Rules;

namespace SharePolicy.Compilation;

/// <summary>
/// One rule set, compiled: its manifest, its rules and named lists, and its content's stamp. Immutable and shared by
/// every decision; a <see cref="RuleLibrary"/> holds the rule sets a host decides with.
/// </summary>
public sealed class CompiledRuleSet
{
    private readonly Dictionary<string, PolicyRule> _byId;

    internal CompiledRuleSet(
        RuleSetManifest manifest,
        RuleSetStamp stamp,
        IReadOnlyList<PolicyRule> rules,
        IReadOnlyDictionary<string, IReadOnlyList<string>> lists,
        IReadOnlyDictionary<PolicyQuestion, IReadOnlyList<IRuleDefinition>> definitions)
    {
        Manifest = manifest;
        Stamp = stamp;
        Rules = rules;
        Lists = lists;
        Definitions = definitions;
        _byId = rules.ToDictionary(rule => rule.Id, StringComparer.Ordinal);
    }

    /// <summary>What the rule set is: id, version, instrument, jurisdiction, in-force dates, what it overlays.</summary>
    public RuleSetManifest Manifest { get; }

    /// <summary>Its id, version and the SHA-256 of its content, as decisions record it.</summary>
    public RuleSetStamp Stamp { get; }

    /// <summary>Its rules, in file order (files by name, rules as written).</summary>
    public IReadOnlyList<PolicyRule> Rules { get; }

    /// <summary>The named lists its files define (e.g. <c>baseResources</c>), which conditions use by name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Lists { get; }

    /// <summary>True for a province's or city's rule set on top of another.</summary>
    public bool IsOverlay => Manifest.Overlays is not null;

    // The NRules definitions of each question's rules, compiled into stacks' session factories.
    internal IReadOnlyDictionary<PolicyQuestion, IReadOnlyList<IRuleDefinition>> Definitions { get; }

    /// <summary>Finds a rule by id.</summary>
    /// <returns>The rule, or null when the set has none with that id.</returns>
    public PolicyRule? FindRule(string id) => _byId.GetValueOrDefault(id);

    /// <inheritdoc/>
    public override string ToString() => Stamp.ToString();
}
