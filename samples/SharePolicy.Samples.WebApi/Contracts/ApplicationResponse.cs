using SharePolicy.Questions;

namespace SharePolicy.Samples.WebApi.Contracts;

/// <summary>The platform's record of an application: its id, and the decision on it.</summary>
public sealed record ApplicationResponse(Guid Id, AccessDecision Decision);
