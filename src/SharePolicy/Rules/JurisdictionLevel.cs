namespace SharePolicy.Rules;

/// <summary>The level of government whose rule set it is.</summary>
public enum JurisdictionLevel
{
    /// <summary>The whole country: the State Council's instruments.</summary>
    National,

    /// <summary>A province, autonomous region or municipality directly under the central government (省级), e.g. 330000.</summary>
    Provincial,

    /// <summary>A prefecture-level city (地市级), e.g. 330100.</summary>
    Municipal,

    /// <summary>A county (县级), e.g. 330122.</summary>
    County,
}
