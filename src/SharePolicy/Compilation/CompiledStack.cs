using System.Runtime.ExceptionServices;
using NRules;
using NRules.Diagnostics;
using SharePolicy.Rules;

namespace SharePolicy.Compilation;

/// <summary>
/// The rule sets that decide together (a national set and the overlays of a province and a city), with one NRules
/// session factory per question, compiled once, when the stack first decides that question, and its idle sessions.
/// Shared by every decision with the same layers.
/// </summary>
internal sealed class CompiledStack
{
    // Decisions are short and need no I/O, so more of them run at once than there are cores only for a moment.
    private static readonly int MaxIdleSessions = Environment.ProcessorCount * 4;

    private readonly Lazy<SessionPool?>[] _factories;
    private readonly Dictionary<PolicyRule, int> _order = new(ReferenceEqualityComparer.Instance);

    public CompiledStack(IReadOnlyList<CompiledRuleSet> layers, IReadOnlyList<PolicyQuestion> questions)
    {
        Layers = layers;
        Stamps = [.. layers.Select(layer => layer.Stamp)];
        Questions = questions;
        foreach (var rule in layers.SelectMany(layer => layer.Rules))
        {
            _order[rule] = _order.Count;
        }

        ByOrder = (left, right) => _order[left].CompareTo(_order[right]);
        _factories = [.. questions.Select(question => new Lazy<SessionPool?>(
            () => Compile(question) is { } factory ? new SessionPool(factory, MaxIdleSessions) : null, LazyThreadSafetyMode.ExecutionAndPublication))];
    }

    /// <summary>The layers, national first.</summary>
    public IReadOnlyList<CompiledRuleSet> Layers { get; }

    /// <summary>The layers' stamps, as decisions record them.</summary>
    public IReadOnlyList<RuleSetStamp> Stamps { get; }

    private IReadOnlyList<PolicyQuestion> Questions { get; }

    /// <summary>Compares rules by their place in the stack: layers national first, each in file order.</summary>
    public Comparison<PolicyRule> ByOrder { get; }

    /// <summary>
    /// True when the national set answers the question: a question its instrument does not have (the Measures' annual
    /// report, under the Regulations) has no rule set in force, whatever an overlay adds.
    /// </summary>
    public bool Answers(PolicyQuestion question) => Layers[0].Definitions.GetValueOrDefault(question) is { Count: > 0 };

    /// <summary>The sessions of a question's rules in every layer; null when no layer has a rule for it (every decision then fails closed).</summary>
    public SessionPool? Sessions(PolicyQuestion question)
    {
        for (var i = 0; i < Questions.Count; i++)
        {
            if (ReferenceEquals(Questions[i], question))
            {
                return _factories[i].Value;
            }
        }

        return null;
    }

    /// <summary>Builds every question's factory now, on all cores: what a load of the default rule set does, so its first decision is quick.</summary>
    public void CompileAll(CancellationToken cancellationToken)
    {
        try
        {
            Parallel.For(0, _factories.Length, new ParallelOptions { CancellationToken = cancellationToken }, i => _ = _factories[i].Value);
        }
        catch (AggregateException exception) when (exception.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Throw(exception.InnerExceptions[0]);
        }
    }

    // One factory per question: a decision's session then holds only the network its facts can reach.
    private ISessionFactory? Compile(PolicyQuestion question)
    {
        var definitions = Layers.SelectMany(layer => layer.Definitions.GetValueOrDefault(question) ?? []).ToArray();
        if (definitions.Length == 0)
        {
            return null;
        }

        var factory = new RuleCompiler().Compile(definitions);
        factory.Events.LhsExpressionFailedEvent += RecordFailedCondition;
        return factory;
    }

    // A condition that throws while it runs (e.g. a property of a missing purpose) must not stop the decision, nor count
    // as false, which could let a prohibition pass: it is recorded on the fact, which then fails closed. A condition that
    // spends the decision's work budget is not handled: its exception ends the decision, which the engine fails closed,
    // rather than letting every later condition fail one by one.
    private static void RecordFailedCondition(object? sender, LhsExpressionErrorEventArgs args)
    {
        if (args.Exception is WorkBudgetExceededException)
        {
            return;
        }

        var ids = args.Rules.Select(rule => rule.Name).ToArray();
        foreach (var fact in args.Facts)
        {
            (fact.Value as RuleFacts)?.RecordFailure(ids, args.Exception ?? new InvalidOperationException("The condition failed."));
        }

        args.IsHandled = true;
    }
}
