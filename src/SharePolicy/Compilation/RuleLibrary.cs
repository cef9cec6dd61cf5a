using System.Collections.Concurrent;
using SharePolicy.Instruments;
using SharePolicy.Questions;
using SharePolicy.Rules;

namespace SharePolicy.Compilation;

/// <summary>
/// The rule sets a host decides with: national ones, each in force for its dates, and the overlays of provinces and
/// cities on top of them. A decision takes the stack in force for its event's day and its place (docs/rule-sets.md).
/// Immutable and safe to share between threads; load it once and decide with it many times.
/// </summary>
public sealed class RuleLibrary
{
    /// <summary>The most rule sets a library may hold.</summary>
    public const int MaxRuleSets = 64;

    private readonly Dictionary<string, PolicyRule> _byId;
    private readonly ConcurrentDictionary<ulong, CompiledStack> _stacks = new();

    internal RuleLibrary(IReadOnlyList<CompiledRuleSet> ruleSets, IReadOnlyList<Instrument> instruments, IReadOnlyList<RuleFileError> warnings)
    {
        RuleSets = ruleSets;
        Instruments = instruments;
        Warnings = warnings;
        Rules = [.. ruleSets.SelectMany(set => set.Rules)];
        _byId = Rules.ToDictionary(rule => rule.Id, StringComparer.Ordinal);
    }

    /// <summary>The rule sets, national ones first, each kind in the order of its id.</summary>
    public IReadOnlyList<CompiledRuleSet> RuleSets { get; }

    /// <summary>Every rule of every rule set, in the order of <see cref="RuleSets"/>.</summary>
    public IReadOnlyList<PolicyRule> Rules { get; }

    /// <summary>The instruments the rule sets cite: the built-in ones and those the library defines.</summary>
    public IReadOnlyList<Instrument> Instruments { get; }

    /// <summary>
    /// What <c>sharepolicy lint</c> warns of, though the library loads: an overlay that would loosen national law (a
    /// deadline longer than the national one, which then binds), or a local step that does not fit inside the national
    /// deadline.
    /// </summary>
    public IReadOnlyList<RuleFileError> Warnings { get; }

    /// <summary>
    /// The library without its layers of carry-overs (<see cref="RuleSetManifest.IsCarryOver"/>): for a host that reads
    /// the newer instrument as replacing the older one wholly (docs/rule-sets.md, "Carry-overs"). This library is unchanged.
    /// </summary>
    /// <returns>A library of the other rule sets; this one when it has no carry-overs.</returns>
    public RuleLibrary WithoutCarryOvers() =>
        RuleSets.Any(set => set.Manifest.IsCarryOver)
            ? new RuleLibrary([.. RuleSets.Where(set => !set.Manifest.IsCarryOver)], Instruments, Warnings)
            : this;

    /// <summary>Finds a rule of any rule set by id (ids are unique in a library).</summary>
    /// <returns>The rule, or null when there is none with that id.</returns>
    public PolicyRule? FindRule(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Finds a rule set by id.</summary>
    /// <returns>The rule set, or null when there is none with that id.</returns>
    public CompiledRuleSet? FindRuleSet(string id) => RuleSets.FirstOrDefault(set => set.Manifest.Id == id);

    // The stack of the rule sets whose indexes in RuleSets are the bits of the mask, built once and kept.
    internal CompiledStack Stack(ulong layers) =>
        _stacks.TryGetValue(layers, out var stack)
            ? stack
            : _stacks.GetOrAdd(layers, static (mask, sets) => new CompiledStack([.. sets.Where((_, index) => (mask & (1UL << index)) != 0)], PolicyQuestions.All), RuleSets);
}
