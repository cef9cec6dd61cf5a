namespace SharePolicy.Rules;

/// <summary>
/// How the engine reads the law where the texts leave it open: each reading is a setting with a documented default
/// (docs/rule-sets.md, "Open readings"), never a silent guess. A host sets them once (<c>SharePolicy:Readings</c>); a
/// scenario file may set them for its scenarios (<c>readings:</c>).
/// </summary>
public sealed record LegalReadings
{
    /// <summary>The readings the engine uses unless told otherwise.</summary>
    public static LegalReadings Default { get; } = new();

    /// <summary>
    /// When an application's missing materials arrive (<see cref="Questions.AccessRequest.MaterialsSuppliedAt"/>), whether
    /// the provider's reply period (Regulations Art. 21 ¶1) counts from their receipt (true, the default) or still from
    /// the application's first receipt (false). The Regulations are silent; the default follows the Administrative
    /// Licensing Law (Art. 32 ¶1(4), Art. 42), whose time limit runs from an application accepted with its materials complete.
    /// </summary>
    public bool ClockRestartsWhenMaterialsArrive { get; init; } = true;

    /// <summary>
    /// Whether the reply to an application received before the Regulations (told a deadline that could not be extended)
    /// may still be extended under their Art. 21 ¶1 once they are in force (true), or keeps the deadline it was told
    /// (false, the default). The Regulations have no transitional clause; the default keeps a deadline pinned to the
    /// rule set in force at its trigger, so a later law does not lengthen a period already running.
    /// </summary>
    public bool ExtensionForEarlierApplications { get; init; }
}
