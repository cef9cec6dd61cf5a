namespace SharePolicy.Questions;

/// <summary>The flow-back question's entry point.</summary>
public static class FlowBackQuestionExtensions
{
    /// <summary>
    /// Must an upper-level department return the data its business systems hold on a lower region to that region's
    /// department, and on what terms (Regulations Art. 24: promptly, completely, without extra conditions)? Before the
    /// Regulations (2025-08-01) no rule set answers it.
    /// </summary>
    /// <param name="decider">The engine.</param>
    /// <param name="flow">The data, the departments and when the recipient asked.</param>
    /// <param name="jurisdiction">The region code whose overlays apply, instead of the engine's; null for the engine's.</param>
    /// <returns>The decision, with the provider's and the recipient's obligations.</returns>
    /// <exception cref="ArgumentNullException">A value is null.</exception>
    public static Decision<FlowBackOutcome> DecideFlowBack(this IPolicyDecider decider, DataFlowBack flow, string? jurisdiction = null)
    {
        ArgumentNullException.ThrowIfNull(decider);
        ArgumentNullException.ThrowIfNull(flow);
        return decider.Decide(PolicyQuestions.FlowBack, flow, jurisdiction);
    }
}
