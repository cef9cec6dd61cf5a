namespace SharePolicy.Model;

/// <summary>A government department (政务部门, Art. 2): a provider or a requester of shared data.</summary>
public sealed record Department
{
    /// <summary>Creates a department.</summary>
    /// <param name="code">A stable identifier, e.g. the unified social credit code; normalised to NFC.</param>
    /// <param name="name">The department's name.</param>
    /// <param name="level">The level of government it belongs to.</param>
    /// <param name="region">The administrative division it serves, as its code, e.g. 330100.</param>
    /// <exception cref="ArgumentException">
    /// The code is not a code, the name has no visible character, the region is not an administrative division code,
    /// or the level is not defined (<see cref="ModelLimits"/>).
    /// </exception>
    public Department(string code, string name, GovernmentLevel level, string region)
    {
        Code = Guard.Code(code);
        Name = Guard.Name(name);
        Level = Guard.Defined(level);
        Region = Guard.Region(region);
    }

    /// <summary>A stable identifier.</summary>
    public string Code { get; }

    /// <summary>The department's name.</summary>
    public string Name { get; }

    /// <summary>The level of government it belongs to.</summary>
    public GovernmentLevel Level { get; }

    /// <summary>The administrative division it serves.</summary>
    public string Region { get; }
}
