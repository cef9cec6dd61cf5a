using SharePolicy.Model;

namespace SharePolicy.Samples.WebApi.Contracts;

/// <summary>The law, regulation or policy a NotShared classification rests on (<see cref="LegalBasis"/>).</summary>
public sealed record LegalBasisBody(LegalBasisKind Kind, string Citation, string? Reason = null)
{
    public LegalBasis ToModel() => new(Kind, Citation) { Reason = Reason };
}
