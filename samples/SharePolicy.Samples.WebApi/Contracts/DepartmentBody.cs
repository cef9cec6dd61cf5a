using SharePolicy.Model;

namespace SharePolicy.Samples.WebApi.Contracts;

/// <summary>A department (<see cref="Department"/>).</summary>
public sealed record DepartmentBody(string Code, string Name, GovernmentLevel Level, string Region)
{
    public Department ToModel() => new(Code, Name, Level, Region);
}
