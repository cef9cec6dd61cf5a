using SharePolicy.Rules;

namespace SharePolicy.Hosting;

/// <summary>
/// How the engine reads the law where it is open (<c>SharePolicy:Readings</c> in configuration; docs/rule-sets.md,
/// "Open readings"). Each default is <see cref="LegalReadings.Default"/>'s.
/// </summary>
public sealed class SharePolicyReadingsOptions
{
    /// <summary>
    /// True (the default) when a reply period under the Regulations (Art. 21 ¶1) counts from the receipt of an
    /// application's missing materials; false when it still counts from the application's first receipt.
    /// </summary>
    public bool ClockRestartsWhenMaterialsArrive { get; set; } = LegalReadings.Default.ClockRestartsWhenMaterialsArrive;

    /// <summary>
    /// True when the reply to an application received before the Regulations may be extended under their Art. 21 ¶1;
    /// false (the default) when it keeps the deadline it was told.
    /// </summary>
    public bool ExtensionForEarlierApplications { get; set; } = LegalReadings.Default.ExtensionForEarlierApplications;

    /// <summary>The readings these options name.</summary>
    public LegalReadings ToReadings() => new()
    {
        ClockRestartsWhenMaterialsArrive = ClockRestartsWhenMaterialsArrive,
        ExtensionForEarlierApplications = ExtensionForEarlierApplications,
    };
}
