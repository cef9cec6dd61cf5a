namespace SharePolicy.Compilation;

/// <summary>
/// The work one decision's conditions may do, counted on the deciding thread (NRules evaluates a session's
/// conditions on the thread that inserts the facts). <see cref="ConditionMeter"/> compiles a charge into every
/// condition: its parts each time it is evaluated, the elements of each list a list method walks, the length of each
/// text a text method reads. A decision that spends its budget stops there and fails closed, so no rule file and no
/// request, however large, can make a decision spin.
/// </summary>
internal static class WorkBudget
{
    /// <summary>
    /// Units a decision may spend whatever its size: a few to some twenty nanoseconds each. A decision of <c>n</c> facts (an access
    /// request of <c>n</c> items, a compliance review of <c>n</c> record entries) may spend
    /// <c>PerDecision + n × PerFact</c>: the default rules spend under 50 units a fact, and catalog validation of an
    /// entry with the most items the model allows under 10,000, so the budget stops only a condition that would spin;
    /// the largest access request (256 items) may spend 55,600, which the costliest conditions the guard accepts spend
    /// in under 1 ms (<c>WorstCaseBenchmarks</c>).
    /// </summary>
    public const int PerDecision = 30_000;

    /// <summary>Units a decision may spend for each of its facts.</summary>
    public const int PerFact = 100;

    [ThreadStatic]
    private static int _left;

    /// <summary>The budget of a decision of <paramref name="facts"/> facts.</summary>
    public static int For(int facts) => PerDecision + (Math.Min(facts, 1_000_000) * PerFact);

    /// <summary>Gives the current thread <paramref name="units"/> to spend until the scope ends.</summary>
    public static Scope Start(int units = PerDecision)
    {
        var outer = _left;
        _left = units;
        return new Scope(outer);
    }

    /// <summary>Spends <paramref name="units"/> for <paramref name="ruleId"/>; always true, so it can lead an <c>&amp;&amp;</c>.</summary>
    /// <exception cref="WorkBudgetExceededException">The budget is spent (or was never given: conditions run only in a decision).</exception>
    public static bool Charge(int units, string ruleId) =>
        (_left -= units) >= 0 ? true : throw new WorkBudgetExceededException(ruleId);

    /// <summary>Spends one unit per element of a list a list method is about to walk, and hands the list on.</summary>
    public static IEnumerable<T> Meter<T>(IEnumerable<T> source, string ruleId)
    {
        if (source is not null)
        {
            Charge(source is IReadOnlyCollection<T> collection ? collection.Count + 1 : 1, ruleId);
        }

        return source!;
    }

    /// <summary>Spends one unit per 32 characters of a text a text method is about to read, and hands it on.</summary>
    public static string Meter(string text, string ruleId)
    {
        if (text is not null)
        {
            Charge(1 + (text.Length >> 5), ruleId);
        }

        return text!;
    }

    /// <summary>Gives back the budget the thread had before <see cref="Start"/>.</summary>
    public readonly struct Scope(int outer) : IDisposable
    {
        public void Dispose() => _left = outer;
    }
}
