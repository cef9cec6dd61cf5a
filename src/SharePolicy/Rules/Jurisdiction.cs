using SharePolicy.Model;

namespace SharePolicy.Rules;

/// <summary>
/// Where a rule set applies: the whole country, or a region by its administrative division code (GB/T 2260) and
/// level. A province's code is XX0000 and covers every code that starts with its two digits; a city's is XXXX00 and
/// covers its four; a county's covers its six.
/// </summary>
public sealed record Jurisdiction
{
    private Jurisdiction(JurisdictionLevel level, string? region)
    {
        Level = level;
        Region = region;
    }

    /// <summary>The whole country.</summary>
    public static Jurisdiction National { get; } = new(JurisdictionLevel.National, null);

    /// <summary>The level of government.</summary>
    public JurisdictionLevel Level { get; }

    /// <summary>The region's code; null for the whole country.</summary>
    public string? Region { get; }

    /// <summary>A region by its code, at the level its code says: XX0000 a province, XXXX00 a city, else a county.</summary>
    /// <exception cref="ArgumentException">The code is not a region code (6, 9 or 12 digits), or is 000000.</exception>
    public static Jurisdiction Of(string region)
    {
        var code = Guard.Region(region);
        var six = code[..6];
        return six == "000000" ? throw new ArgumentException("region '000000' is no region; the whole country is Jurisdiction.National.", nameof(region))
            : six.EndsWith("0000", StringComparison.Ordinal) ? new Jurisdiction(JurisdictionLevel.Provincial, six)
            : six.EndsWith("00", StringComparison.Ordinal) ? new Jurisdiction(JurisdictionLevel.Municipal, six)
            : new Jurisdiction(JurisdictionLevel.County, six);
    }

    /// <summary>True when the region <paramref name="region"/> (a code of 6, 9 or 12 digits) lies in this jurisdiction.</summary>
    public bool Contains(string region)
    {
        ArgumentNullException.ThrowIfNull(region);
        return Level switch
        {
            JurisdictionLevel.National => true,
            JurisdictionLevel.Provincial => region.Length >= 6 && region.AsSpan(0, 2).SequenceEqual(Region.AsSpan(0, 2)),
            JurisdictionLevel.Municipal => region.Length >= 6 && region.AsSpan(0, 4).SequenceEqual(Region.AsSpan(0, 4)),
            _ => region.Length >= 6 && region.AsSpan(0, 6).SequenceEqual(Region),
        };
    }

    /// <summary><c>national</c>, or the region's code and level.</summary>
    public override string ToString() => Region is null ? "national" : $"{Region} ({Level})";
}
