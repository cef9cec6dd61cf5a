namespace SharePolicy.Model;

/// <summary>The law, administrative regulation or central policy a NotShared classification rests on (Art. 10(1)).</summary>
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
}
