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

    /// <summary>
    /// Adds its reason, articles and obligations, if any (a local review step, a shorter deadline, the citation of a
    /// provision that shaped the outcome, a note) to a fact whose outcome the other rules decided to be the rule's
    /// <c>outcome</c>, and never changes the outcome. What an overlay's rules are; of two obligations of one kind with
    /// deadlines, the earlier binds (docs/rule-sets.md).
    /// </summary>
    Require,
}
