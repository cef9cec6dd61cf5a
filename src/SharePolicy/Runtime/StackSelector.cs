using NodaTime;
using SharePolicy.Compilation;

namespace SharePolicy.Runtime;

/// <summary>
/// Chooses the rule sets that decide an event (docs/rule-sets.md, "Selection"): the national rule set in force on its
/// day (of two, the later), and every overlay in force that day whose region holds the decision's place and which adds
/// to a set already chosen. A few comparisons per rule set and one look-up of the compiled stack, with no allocation.
/// </summary>
internal sealed class StackSelector
{
    private readonly RuleLibrary _library;
    private readonly CompiledRuleSet[] _sets;
    private readonly int[] _targets;

    public StackSelector(RuleLibrary library)
    {
        _library = library;
        _sets = [.. library.RuleSets];
        _targets = [.. _sets.Select(set => set.Manifest.Overlays is { } target ? Array.FindIndex(_sets, candidate => candidate.Manifest.Id == target) : -1)];
    }

    /// <summary>The stack for an event on <paramref name="day"/> at <paramref name="region"/>; null when no national rule set is in force that day.</summary>
    /// <param name="day">The day of the event, in the engine's time zone.</param>
    /// <param name="region">The region code of the decision's place; null for national rules alone.</param>
    public CompiledStack? Select(LocalDate day, string? region)
    {
        var national = -1;
        for (var i = 0; i < _sets.Length; i++)
        {
            var manifest = _sets[i].Manifest;
            if (!_sets[i].IsOverlay && manifest.IsInForce(day)
                && (national < 0 || manifest.InForceFrom > _sets[national].Manifest.InForceFrom))
            {
                national = i;
            }
        }

        if (national < 0)
        {
            return null;
        }

        // The library orders overlays from the national carry-overs to the province and down, so a city's target is
        // chosen before the city. Carry-overs apply wherever their national set does; the others inside their region.
        var layers = 1UL << national;
        for (var i = 0; i < _sets.Length; i++)
        {
            var manifest = _sets[i].Manifest;
            if (_targets[i] >= 0 && (layers & (1UL << _targets[i])) != 0 && manifest.IsInForce(day)
                && (manifest.IsCarryOver || (region is not null && manifest.Jurisdiction.Contains(region))))
            {
                layers |= 1UL << i;
            }
        }

        return _library.Stack(layers);
    }
}
