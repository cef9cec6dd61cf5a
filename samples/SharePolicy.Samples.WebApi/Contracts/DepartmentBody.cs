using SharePolicy.Model;

namespace SharePolicy.Samples.WebApi.Contracts;

/// <summary>A department (<see cref="Department"/>).</summary>
public sealed record DepartmentBody(string Code, string Name, GovernmentLevel Level, string Region, BodyKind? Kind = null)
{
    public Department ToModel() => Kind is { } kind ? new(Code, Name, Level, Region) { Kind = kind } : new(Code, Name, Level, Region);
}
