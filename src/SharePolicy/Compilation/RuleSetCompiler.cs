using NRules.RuleModel;
using SharePolicy.Rules;

namespace SharePolicy.Compilation;

/// <summary>Reads, checks and compiles the rule files of one rule set, or reports every error found.</summary>
internal static class RuleSetCompiler
{
    /// <summary>The most rules a rule set may hold: every decision's conditions, and a load's compile time, grow with it.</summary>
    public const int MaxRules = 5_000;

    /// <summary>Compiles one rule set's files.</summary>
    /// <param name="manifest">What the rule set is; its instrument is what bare citations cite.</param>
    /// <param name="files">Its rule files.</param>
    /// <param name="scope">The instruments citations may name.</param>
    /// <param name="inherited">The named lists of the rule sets it overlays, which its conditions may use too.</param>
    /// <param name="stamp">Its id, version and content hash.</param>
    /// <param name="errors">Where every error is added.</param>
    /// <param name="cancellationToken">Cancels compiling.</param>
    /// <returns>The compiled set; null when it has errors.</returns>
    public static CompiledRuleSet? Compile(
        RuleSetManifest manifest,
        IReadOnlyList<RuleFile> files,
        CitationScope scope,
        IReadOnlyDictionary<string, IReadOnlyList<string>> inherited,
        RuleSetStamp stamp,
        List<RuleFileError> errors,
        CancellationToken cancellationToken)
    {
        var before = errors.Count;
        var parsed = new List<ParsedFile>(files.Count);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            parsed.Add(RuleFileReader.Read(file, scope, errors));
        }

        // Lists first: a condition in any file may use a list from any file of the set, or of the sets it overlays.
        var lists = new Dictionary<string, ParsedList>(StringComparer.Ordinal);
        foreach (var list in parsed.SelectMany(file => file.Lists))
        {
            if (inherited.ContainsKey(list.Name))
            {
                errors.Add(new RuleFileError(list.Source, $"list '{list.Name}' is already defined by the rule set '{manifest.Overlays}' overlays; an overlay uses it, and cannot redefine it."));
            }
            else if (!lists.TryAdd(list.Name, list))
            {
                errors.Add(new RuleFileError(list.Source, $"list '{list.Name}' is already defined at {lists[list.Name].Source}."));
            }
        }

        var ownLists = lists.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<string>)Array.AsReadOnly(pair.Value.Values.ToArray()), StringComparer.Ordinal);
        var externals = inherited.Concat(ownLists).ToDictionary(pair => pair.Key, pair => (object)pair.Value.ToArray(), StringComparer.Ordinal);
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

        return errors.Count > before
            ? null
            : new CompiledRuleSet(manifest, stamp, rules.AsReadOnly(), ownLists.AsReadOnly(),
                definitions.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<IRuleDefinition>)pair.Value.AsReadOnly()));
    }
}
