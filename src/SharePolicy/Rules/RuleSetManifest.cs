using NodaTime;
using SharePolicy.Instruments;
using SharePolicy.Model;

namespace SharePolicy.Rules;

/// <summary>
/// What a rule set is (its <c>rule-set.yaml</c>, docs/rule-sets.md): its id and version, the instrument its rules
/// apply (bare citations cite it), where and when it is in force, and the rule set it overlays, for a province's or
/// city's rules on top of national ones.
/// </summary>
public sealed class RuleSetManifest
{
    internal RuleSetManifest(string id, string version, Instrument instrument, Jurisdiction jurisdiction, LocalDate inForceFrom, LocalDate? inForceTo, string? overlays)
    {
        Id = id;
        Version = version;
        Instrument = instrument;
        Jurisdiction = jurisdiction;
        InForceFrom = inForceFrom;
        InForceTo = inForceTo;
        Overlays = overlays;
    }

    /// <summary>The rule set's id, e.g. <c>cn.national.measures-2016</c>.</summary>
    public string Id { get; }

    /// <summary>Its title in zh-Hans and English, e.g. for a report; null when the manifest gives none.</summary>
    public BilingualText? Title { get; init; }

    /// <summary>Its version, e.g. <c>2026.1</c>.</summary>
    public string Version { get; }

    /// <summary>The instrument its rules apply; a citation without a prefix cites it.</summary>
    public Instrument Instrument { get; }

    /// <summary>Where it applies.</summary>
    public Jurisdiction Jurisdiction { get; }

    /// <summary>The first day of events it decides.</summary>
    public LocalDate InForceFrom { get; }

    /// <summary>The last day of events it decides; null while it is in force.</summary>
    public LocalDate? InForceTo { get; }

    /// <summary>The id of the rule set it adds to (a national one, or a province's for a city's); null for a national rule set.</summary>
    public string? Overlays { get; }

    /// <summary>
    /// True for a national layer of carry-overs: provisions of an earlier instrument that the national rule set it
    /// overlays is silent on and does not contradict (the Measures' Art. 10(2) under the Regulations). It may permit and
    /// override as national law does, and a host can leave it out (<c>RuleLibrary.WithoutCarryOvers</c>).
    /// </summary>
    public bool IsCarryOver { get; init; }

    /// <summary>True when the rule set decides events of <paramref name="date"/>.</summary>
    public bool IsInForce(LocalDate date) => date >= InForceFrom && (InForceTo is not { } to || date <= to);

    /// <inheritdoc/>
    public override string ToString() => $"{Id}@{Version}";
}
