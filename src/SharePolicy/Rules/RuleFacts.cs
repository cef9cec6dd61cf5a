using NodaTime;

namespace SharePolicy.Rules;

/// <summary>
/// The facts one rule condition is evaluated against. Each question has its own kind of facts;
/// the rules that fire on a fact record themselves on it, so results never need a query of the session.
/// </summary>
public abstract class RuleFacts
{
    private readonly List<PolicyRule> _fired = new(4);
    private List<string>? _failures;

    private protected RuleFacts()
    {
    }

    internal IReadOnlyList<PolicyRule> Fired => _fired;

    /// <summary>Conditions that threw on these facts, as <c>rule-id: error</c>; such facts fail closed.</summary>
    internal IReadOnlyList<string> Failures => _failures ?? (IReadOnlyList<string>)[];

    // Called by the compiled rule actions; a fact is only ever touched by the one session deciding it.
    internal void RecordFiring(PolicyRule rule) => _fired.Add(rule);

    internal void RecordFailure(IEnumerable<string> ruleIds, Exception exception)
    {
        var error = (exception.InnerException ?? exception).Message;
        (_failures ??= []).AddRange(ruleIds.Select(id => $"{id}: {error}"));
    }

    /// <summary>
    /// The day an obligation arising from these facts starts from, in the given time zone (deadlines count from the
    /// next day); null for a question whose obligations have no deadline. <see cref="PolicyQuestion.HasDeadlines"/>
    /// says which, so that a rule file cannot give a deadline where there is no day to count from. Facts that are
    /// received (an application) count a receipt at or after <paramref name="closeOfBusiness"/> as the next day's.
    /// </summary>
    internal virtual LocalDate? DeadlineStart(DateTimeZone zone, LocalTime? closeOfBusiness) => null;

    /// <summary>
    /// The day a deadline whose rule restarts when missing materials arrive counts from instead
    /// (<see cref="WorkingDaysDeadline.RestartsWhenMaterialsArrive"/>); null when these facts have no such day.
    /// </summary>
    internal virtual LocalDate? RestartedDeadlineStart => null;
}
