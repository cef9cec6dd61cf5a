using System.Runtime.ExceptionServices;
using NRules;
using NRules.Diagnostics;
using NRules.RuleModel;
using SharePolicy.Rules;

namespace SharePolicy.Compilation;

/// <summary>Reads, checks and compiles rule files into one <see cref="CompiledRuleSet"/>, or reports every error found.</summary>
internal static class RuleSetCompiler
{
    /// <summary>The most rules a rule set may hold: every decision's conditions, and a load's compile time, grow with it.</summary>
    public const int MaxRules = 5_000;

    // A condition that throws while it runs (e.g. a property of a missing purpose) must not stop the decision,
    // nor count as false, which could let a prohibition pass: it is recorded on the fact, which then fails closed.
    // A condition that spends the decision's work budget is not handled: its exception ends the decision, which the
    // engine fails closed, rather than letting every later condition fail one by one.
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

    /// <param name="files">The rule files.</param>
    /// <param name="errors">Errors already found (files that could not be read), reported with the rest.</param>
    /// <param name="cancellationToken">Cancels compiling.</param>
    public static CompiledRuleSet Compile(IReadOnlyList<RuleFile> files, List<RuleFileError> errors, CancellationToken cancellationToken)
    {
        var parsed = new List<ParsedFile>(files.Count);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            parsed.Add(RuleFileReader.Read(file, errors));
        }

        // Lists first: a condition in any file may use a list from any file.
        var lists = new Dictionary<string, ParsedList>(StringComparer.Ordinal);
        foreach (var list in parsed.SelectMany(file => file.Lists))
        {
            if (!lists.TryAdd(list.Name, list))
            {
                errors.Add(new RuleFileError(list.Source, $"list '{list.Name}' is already defined at {lists[list.Name].Source}."));
            }
        }

        var externals = lists.ToDictionary(pair => pair.Key, pair => (object)pair.Value.Values.ToArray(), StringComparer.Ordinal);
        var rules = new List<PolicyRule>();
        var definitions = new Dictionary<PolicyQuestion, List<IRuleDefinition>>();
        var seen = new Dictionary<string, PolicyRule>(StringComparer.Ordinal);
        foreach (var (rule, conditionPositions) in parsed.SelectMany(file => file.Rules))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (seen.TryGetValue(rule.Id, out var first))
            {
                errors.Add(new RuleFileError(rule.Source, $"rule id '{rule.Id}' is already used at {first.Source}."));
                continue;
            }

            seen.Add(rule.Id, rule);
            if (seen.Count > MaxRules)
            {
                errors.Add(new RuleFileError(rule.Source, $"the rule set holds more than {MaxRules} rules; this one is past the limit."));
                break;
            }

            try
            {
                var condition = ConditionMeter.Apply(
                    ConditionCompiler.Compile(rule.Question, rule.Condition, RuleDefinitionFactory.FactName, externals), rule.Id);
                if (!definitions.TryGetValue(rule.Question, out var ofQuestion))
                {
                    definitions[rule.Question] = ofQuestion = [];
                }

                ofQuestion.Add(RuleDefinitionFactory.Create(rule, condition));
                rules.Add(rule);
            }
            catch (ConditionException exception)
            {
                var where = conditionPositions.At(exception.Position);
                errors.Add(new RuleFileError(where, $"rule '{rule.Id}': condition '{rule.Condition}' is not valid: {exception.Message.TrimEnd('.')}."));
            }
        }

        if (errors.Count > 0)
        {
            throw new RuleSetLoadException(errors);
        }

        // One factory per question: a decision's session then holds only the network its facts can reach. The
        // factories are independent, so they are built on all cores; building them is most of a load's time.
        var questions = definitions.Keys.ToArray();
        var built = new ISessionFactory[questions.Length];
        try
        {
            Parallel.For(0, questions.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            {
                built[i] = new RuleCompiler().Compile(definitions[questions[i]], cancellationToken);
                built[i].Events.LhsExpressionFailedEvent += RecordFailedCondition;
            });
        }
        catch (AggregateException exception) when (exception.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Throw(exception.InnerExceptions[0]);
        }

        var factories = questions.Zip(built).ToDictionary(pair => pair.First, pair => pair.Second);
        var readOnlyLists = lists.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<string>)Array.AsReadOnly(pair.Value.Values.ToArray()), StringComparer.Ordinal);
        return new CompiledRuleSet(rules.AsReadOnly(), readOnlyLists.AsReadOnly(), factories);
    }
}
