namespace SharePolicy.Rules;

/// <summary>
/// How a rule's outcome combines with others (docs/combining.md):
/// a <see cref="Forbid"/> beats everything, an <see cref="Override"/> beats every <see cref="Permit"/>.
/// </summary>
public enum RuleEffect
{
    /// <summary>Proposes an outcome; among permits the most restrictive stands.</summary>
    Permit,

    /// <summary>Sets the outcome whatever the permits say, e.g. Art. 10(2) over the catalog's share type.</summary>
    Override,

    /// <summary>A prohibition: the outcome is the question's deny outcome, whatever any other rule says.</summary>
    Forbid,
}
