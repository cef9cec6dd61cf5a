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
    /// The name of each reading as files and the command line spell it (a scenario's <c>readings:</c>, <c>decide
    /// --reading</c>): its property's name in camel case.
    /// </summary>
    public static IReadOnlyList<string> Names { get; } = ["clockRestartsWhenMaterialsArrive", "extensionForEarlierApplications"];

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

    /// <summary>The value of the reading named.</summary>
    /// <param name="name">One of <see cref="Names"/>, spelt exactly.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not one of <see cref="Names"/>.</exception>
    public bool ValueOf(string name) => name switch
    {
        null => throw new ArgumentNullException(nameof(name)),
        "clockRestartsWhenMaterialsArrive" => ClockRestartsWhenMaterialsArrive,
        "extensionForEarlierApplications" => ExtensionForEarlierApplications,
        _ => throw Unknown(name),
    };

    /// <summary>These readings with the one named set to <paramref name="value"/>.</summary>
    /// <param name="name">One of <see cref="Names"/>, spelt exactly.</param>
    /// <param name="value">The reading's value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not one of <see cref="Names"/>.</exception>
    public LegalReadings With(string name, bool value) => name switch
    {
        null => throw new ArgumentNullException(nameof(name)),
        "clockRestartsWhenMaterialsArrive" => this with { ClockRestartsWhenMaterialsArrive = value },
        "extensionForEarlierApplications" => this with { ExtensionForEarlierApplications = value },
        _ => throw Unknown(name),
    };

    private static ArgumentException Unknown(string name) =>
        new($"There is no reading '{name}'; expected one of: {string.Join(", ", Names)}.", nameof(name));
}
