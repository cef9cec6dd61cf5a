namespace SharePolicy.Model;

/// <summary>
/// A body that provides or requests shared data: normally a government department (政务部门, Art. 2). Its
/// <see cref="Kind"/> says which body it is; a body that is not a 政务部门 is not granted shared data.
/// </summary>
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
        Kind = level == GovernmentLevel.Central ? BodyKind.StateCouncilDepartment : BodyKind.LocalGovernmentDepartment;
    }

    /// <summary>A stable identifier.</summary>
    public string Code { get; }

    /// <summary>The department's name.</summary>
    public string Name { get; }

    /// <summary>The level of government it belongs to.</summary>
    public GovernmentLevel Level { get; }

    /// <summary>The administrative division it serves.</summary>
    public string Region { get; }

    /// <summary>
    /// What kind of body it is. Unless set, a central body is a State Council department and any other a department of
    /// a local government; a provincial government, a delegated public body, a platform operator or any other body
    /// says so.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The value is not defined, or does not fit the level: a State Council department is Central, a provincial government
    /// Provincial, and a local government's department not Central.
    /// </exception>
    public BodyKind Kind
    {
        get;
        init
        {
            Guard.Defined(value, nameof(Kind));
            var fits = value switch
            {
                BodyKind.StateCouncilDepartment => Level == GovernmentLevel.Central,
                BodyKind.ProvincialGovernment => Level == GovernmentLevel.Provincial,
                BodyKind.LocalGovernmentDepartment => Level != GovernmentLevel.Central,
                _ => true,
            };
            field = fits ? value : throw new ArgumentException($"Department '{Code}' is {Level}, so it cannot be a {value}.", nameof(Kind));
        }
    }
}
