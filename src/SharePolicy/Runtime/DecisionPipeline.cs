using NodaTime;
using SharePolicy.Compilation;
using SharePolicy.Model;
using SharePolicy.Questions;
using SharePolicy.Rules;

namespace SharePolicy.Runtime;

/// <summary>
/// How every question is decided, the same for all: the question makes its facts from its input and names its event's
/// day; the stack in force that day at the decision's place is chosen; its rules fire on the facts within the work
/// budget; each fact's rules are combined; the deciding rules' reasons and obligations, with their deadlines, and the
/// rule sets' stamps make the run the question turns into its decision. Whatever fails on the way fails closed.
/// </summary>
internal sealed class DecisionPipeline
{
    private readonly IClock _clock;
    private readonly QuestionContext _context;
    private readonly StackSelector _selector;
    private readonly DeadlineCalculator _deadlines;

    public DecisionPipeline(RuleLibrary library, QuestionContext context, IClock clock)
    {
        _clock = clock;
        _context = context;
        _selector = new StackSelector(library);
        _deadlines = new DeadlineCalculator(context.Calendar, context.Zone);
    }

    /// <summary>Decides the input of a question for the place <paramref name="region"/> (null for national rules alone).</summary>
    public TDecision Decide<TInput, TDecision>(PolicyQuestion<TInput, TDecision> question, TInput input, string? region)
        where TInput : notnull
        where TDecision : Decision
    {
        var context = _context with { Now = _clock.GetCurrentInstant(), Jurisdiction = region };
        var facts = question.Facts(input, context);
        var asOf = question.EventDate(input, context);
        var stack = _selector.Select(asOf, region);
        var run = stack is null ? FailClosed(question, facts, StandardReasons.NoRuleSetInForce(asOf, region), [], asOf, context.Now)
            : !stack.Answers(question) ? FailClosed(question, facts, StandardReasons.NoRuleSetInForce(asOf, region, question.Name), stack.Stamps, asOf, context.Now)
            : question.Refusal(input) is { } refusal ? FailClosed(question, facts, refusal, stack.Stamps, asOf, context.Now)
            : Run(question, stack, facts, asOf, context.Now);
        return question.Decide(input, facts, run, context);
    }

    // Fires the stack's rules for the question on the facts of one decision, then combines per fact. Loops rather than
    // LINQ: this runs once per decision and is most of the engine's own share of a decision's time.
    private DecisionRun Run(PolicyQuestion question, CompiledStack stack, RuleFacts[] facts, LocalDate asOf, Instant now)
    {
        if (Fire(stack.Sessions(question), facts) is { } overBudget)
        {
            return FailClosed(question, facts, StandardReasons.RuleOverBudget(overBudget), stack.Stamps, asOf, now);
        }

        var verdicts = new FactVerdict[facts.Length];
        var severity = facts.Length == 0 ? question.FailClosedSeverity : 0; // nothing to decide on is never a grant
        var noRuleApplied = facts.Length == 0;
        var deciding = new List<PolicyRule>(facts.Length);
        var fired = new List<PolicyRule>(facts.Length);
        List<string>? failures = null;
        for (var i = 0; i < facts.Length; i++)
        {
            var fact = facts[i];
            fired.AddRange(fact.Fired);
            if (fact.Failures.Count > 0)
            {
                (failures ??= []).AddRange(fact.Failures);
                verdicts[i] = new FactVerdict(question.FailClosedSeverity, []);
            }
            else
            {
                verdicts[i] = RuleCombiner.Combine(fact.Fired, question.FailClosedSeverity);
                noRuleApplied |= verdicts[i].Deciding.Count == 0;
            }

            severity = Math.Max(severity, verdicts[i].Severity);
            deciding.AddRange(verdicts[i].Deciding);
        }

        var decidingRules = InStackOrder(deciding, stack);
        var reasons = new List<Reason>(decidingRules.Length + 1);
        foreach (var rule in decidingRules)
        {
            reasons.Add(rule.Reason);
        }

        if (noRuleApplied)
        {
            reasons.Add(StandardReasons.NoRuleApplies);
        }

        if (failures is not null)
        {
            reasons.Add(StandardReasons.RuleFailed(string.Join("; ", failures.Distinct())));
        }

        var obligations = Obligations(decidingRules, facts);
        Deadline? latestProvisional = null;
        foreach (var obligation in obligations)
        {
            if (obligation.Deadline is { IsProvisional: true } provisional && (latestProvisional is null || provisional.DueDate > latestProvisional.DueDate))
            {
                latestProvisional = provisional;
            }
        }

        if (latestProvisional is not null)
        {
            reasons.Add(StandardReasons.Provisional(_context.Calendar, latestProvisional)); // one reason, naming every year the deadlines reach
        }

        return new DecisionRun(verdicts, severity, reasons, obligations, IdsOf(InStackOrder(fired, stack)), stack.Stamps, asOf, now) { Readings = _context.Readings };
    }

    // Fires the rules on the facts within the decision's work budget; the id of the rule that spent it, if one did.
    private static string? Fire(SessionPool? sessions, RuleFacts[] facts)
    {
        if (sessions is null)
        {
            return null;
        }

        try
        {
            using var budget = WorkBudget.Start(WorkBudget.For(facts.Length));
            sessions.Fire(facts);
            return null;
        }
        catch (Exception exception) when (BudgetSpent(exception) is { } spent)
        {
            return spent.RuleId; // the session that threw is dropped by the pool, never reused
        }
    }

    private static WorkBudgetExceededException? BudgetSpent(Exception exception) =>
        exception as WorkBudgetExceededException ?? (exception.InnerException is { } inner ? BudgetSpent(inner) : null);

    // A decision that cannot be made as its rules say (they spent the budget, none is in force, or the question refused
    // its input) takes the most restrictive outcome on every fact, with the reason alone.
    private DecisionRun FailClosed(PolicyQuestion question, RuleFacts[] facts, Reason reason, IReadOnlyList<RuleSetStamp> stamps, LocalDate asOf, Instant now)
    {
        var verdicts = new FactVerdict[facts.Length];
        Array.Fill(verdicts, new FactVerdict(question.FailClosedSeverity, []));
        return new DecisionRun(verdicts, question.FailClosedSeverity, [reason], [], [], stamps, asOf, now) { Readings = _context.Readings };
    }

    // The deciding rules' obligations, with their deadlines. Every fact of one decision arises from the same event, so
    // they share the day deadlines count from; it is worked out only when a deadline needs it. Of two obligations of
    // one kind with deadlines (a national reply deadline and a city's shorter one), the earlier binds, alone.
    private Obligation[] Obligations(PolicyRule[] decidingRules, RuleFacts[] facts)
    {
        var obligations = new List<Obligation>();
        LocalDate? start = null;
        foreach (var rule in decidingRules)
        {
            foreach (var obligation in rule.Obligations)
            {
                Deadline? deadline = null;
                if (obligation.Deadline is { } ruleDeadline && facts.Length > 0
                    && (start ??= facts[0].DeadlineStart(_context.Zone, _context.CloseOfBusiness)) is { } day)
                {
                    var from = ruleDeadline is WorkingDaysDeadline { RestartsWhenMaterialsArrive: true } && facts[0].RestartedDeadlineStart is { } restart ? restart : day;
                    deadline = _deadlines.Compute(ruleDeadline, from);
                }

                obligations.Add(new Obligation(obligation.Kind, obligation.Text, rule.Id, rule.Articles, deadline));
            }
        }

        return WithBindingDeadlines(obligations);
    }

    // Of obligations of one kind with deadlines, only the one due first stands, the first in stack order of those due
    // together; of periods to keep something for at least, the one that ends last: a local rule may shorten a time to act
    // and lengthen a time to keep, never the other way. A decision has a handful of obligations, and most have no rival,
    // so a plain double loop is cheapest. The one that stands may be extended by no more than the least any of them
    // allows, so that a shorter local deadline never brings a longer extension with it.
    private static Obligation[] WithBindingDeadlines(List<Obligation> obligations)
    {
        var standing = new List<Obligation>(obligations.Count);
        for (var i = 0; i < obligations.Count; i++)
        {
            var obligation = obligations[i];
            var overtaken = false;
            var extendableBy = obligation.Deadline?.ExtendableBy ?? 0;
            if (obligation.Deadline is { } due)
            {
                for (var j = 0; j < obligations.Count; j++)
                {
                    if (obligations[j] is { Deadline: { } rival } other && other.Kind == obligation.Kind && rival.IsMinimumPeriod == due.IsMinimumPeriod)
                    {
                        overtaken |= (due.IsMinimumPeriod ? rival.EndsAt > due.EndsAt : rival.EndsAt < due.EndsAt) || (rival.EndsAt == due.EndsAt && j < i);
                        extendableBy = Math.Min(extendableBy, rival.ExtendableBy);
                    }
                }
            }

            if (!overtaken)
            {
                standing.Add(obligation.Deadline is { } kept && kept.ExtendableBy != extendableBy
                    ? obligation with { Deadline = kept with { ExtendableBy = extendableBy } }
                    : obligation);
            }
        }

        return [.. standing];
    }

    // Sorts by place in the stack and drops repeats (a rule fires once per item it matches), in place.
    private static PolicyRule[] InStackOrder(List<PolicyRule> rules, CompiledStack stack)
    {
        rules.Sort(stack.ByOrder);
        var distinct = 0;
        for (var i = 0; i < rules.Count; i++)
        {
            if (distinct == 0 || !ReferenceEquals(rules[distinct - 1], rules[i]))
            {
                rules[distinct++] = rules[i];
            }
        }

        rules.RemoveRange(distinct, rules.Count - distinct);
        return [.. rules];
    }

    private static string[] IdsOf(PolicyRule[] rules)
    {
        var ids = new string[rules.Length];
        for (var i = 0; i < rules.Length; i++)
        {
            ids[i] = rules[i].Id;
        }

        return ids;
    }
}
