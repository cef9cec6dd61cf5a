namespace SharePolicy.Scenarios;

/// <summary>How one scenario ran: every way the decision differs from the expectation.</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="Failures">Each difference as <c>what: expected […], got […]</c>; empty when the scenario passed.</param>
public sealed record ScenarioResult(Scenario Scenario, IReadOnlyList<string> Failures)
{
    /// <summary>True when the decision is what the scenario expects.</summary>
    public bool Passed => Failures.Count == 0;
}
