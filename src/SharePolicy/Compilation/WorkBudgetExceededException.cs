namespace SharePolicy.Compilation;

/// <summary>A condition ran out of the decision's <see cref="WorkBudget"/>; the decision stops and fails closed.</summary>
internal sealed class WorkBudgetExceededException(string ruleId)
    : Exception($"rule '{ruleId}' could not be evaluated within the decision's work budget")
{
    /// <summary>The rule whose condition was running when the budget ran out.</summary>
    public string RuleId { get; } = ruleId;
}
