namespace SharePolicy.Model;

/// <summary>The level of government a department belongs to.</summary>
public enum GovernmentLevel
{
    /// <summary>A department of the State Council (国务院各部门).</summary>
    Central,

    /// <summary>Province, autonomous region or municipality directly under the central government (省级).</summary>
    Provincial,

    /// <summary>Prefecture-level city (地市级).</summary>
    Municipal,

    /// <summary>County level (县级).</summary>
    County,
}
