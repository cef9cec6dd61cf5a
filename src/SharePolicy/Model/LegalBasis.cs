namespace SharePolicy.Model;

/// <summary>
/// The law, administrative regulation, State Council decision or central policy a NotShared classification rests on
/// (Measures Art. 10(1); Regulations Art. 15 ¶2), and the reason the catalog states for it.
/// </summary>
public sealed record LegalBasis
{
    /// <summary>Creates a legal basis.</summary>
    /// <param name="kind">What kind of instrument it is.</param>
    /// <param name="citation">The instrument and provision, e.g. 《中华人民共和国统计法》第三十九条.</param>
    /// <exception cref="ArgumentException">The citation has no visible character or is too long, or the kind is not defined.</exception>
    public LegalBasis(LegalBasisKind kind, string citation)
    {
        Kind = Guard.Defined(kind);
        Citation = Guard.Text(citation);
    }

    /// <summary>What kind of instrument it is.</summary>
    public LegalBasisKind Kind { get; }

    /// <summary>The instrument and provision cited.</summary>
    public string Citation { get; }

    /// <summary>
    /// Why the data is not shared, as the catalog states it (Regulations Art. 15 ¶2: "列明理由"); null when it states none.
    /// </summary>
    public string? Reason
    {
        get;
        init => field = Guard.OptionalText(value, nameof(Reason));
    }
}
