using SharePolicy.Model;

namespace SharePolicy.Samples.WebApi.Contracts;

/// <summary>The use a requester will make of data, and the duty it serves (<see cref="Purpose"/>).</summary>
public sealed record PurposeBody(UsePurpose Use, string Duty)
{
    public Purpose ToModel() => new(Use, Duty);
}
