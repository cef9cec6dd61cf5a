using System.Text.RegularExpressions;
using SharePolicy.Files;
using SharePolicy.Instruments;
using SharePolicy.Model;
using SharePolicy.Questions;
using SharePolicy.Rules;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SharePolicy.Compilation;

/// <summary>Reads the rules of one rule file; reports every malformed field with its line.</summary>
internal static partial class RuleFileReader
{
    /// <summary>How deep mappings and lists may nest in a rule file; the default rules need five.</summary>
    public const int MaxDepth = 64;

    private static readonly string[] FileFields = ["question", "rules", "lists"];
    private static readonly string[] RuleFields = ["id", "articles", "when", "effect", "outcome", "reason", "obligations"];
    private static readonly string[] TextFields = ["zh-Hans", "en"];
    private static readonly string[] ObligationFields = ["kind", "zh-Hans", "en", "deadline"];
    private static readonly string[] DeadlineFields = ["workingDays", "extendableBy", "restartsWhenMaterialsArrive", "endOfMonth", "yearsAfter", "years"];

    /// <summary>The longest rule id, in characters.</summary>
    public const int MaxIdLength = 128;

    /// <summary>The most rules one rule file may hold.</summary>
    public const int MaxRules = 1_000;

    /// <summary>The most texts a named list may hold.</summary>
    public const int MaxListLength = 1_000;

    /// <param name="file">The rule file.</param>
    /// <param name="scope">The instrument a citation without a prefix cites, and the instruments a prefix may name.</param>
    /// <param name="errors">Where every error found is added.</param>
    public static ParsedFile Read(RuleFile file, CitationScope scope, List<RuleFileError> errors)
    {
        var problems = new List<YamlProblem>();
        var parsed = Read(file, scope, problems);
        errors.AddRange(problems.Select(problem => new RuleFileError(new RuleSource(problem.File, problem.Line, problem.Column), problem.Message)));
        return parsed;
    }

    private static ParsedFile Read(RuleFile file, CitationScope scope, List<YamlProblem> errors)
    {
        // A byte order mark is not part of the YAML: a file saved by an editor that writes one reads as any other.
        var content = file.Content.StartsWith('\uFEFF') ? file.Content[1..] : file.Content;
        var fields = new YamlFields(file.Path, content, errors);
        var stream = new YamlStream();
        try
        {
            stream.Load(new DepthLimitedParser(content, MaxDepth));
        }
        catch (DepthLimitedParser.TooDeepException exception)
        {
            fields.Error(exception.Start, $"the file is nested more than {MaxDepth} deep; a rule file needs a few levels.");
            return ParsedFile.Empty;
        }
        catch (YamlException exception)
        {
            fields.Error(exception.Start, $"not valid YAML: {Innermost(exception).Message}");
            return ParsedFile.Empty;
        }
        catch (InvalidOperationException exception)
        {
            // YamlDotNet's scanner raises this, without a position, for some unterminated flow collections.
            fields.Error(new Mark(0, 1, 1), $"not valid YAML (an unclosed bracket or quote?): {exception.Message}");
            return ParsedFile.Empty;
        }

        if (stream.Documents.Count != 1)
        {
            fields.Error(Mark.Empty, $"a rule file holds one YAML document, not {stream.Documents.Count}.");
            return ParsedFile.Empty;
        }

        var root = fields.Map(stream.Documents[0].RootNode, "a rule file", FileFields);
        if (root is null)
        {
            return ParsedFile.Empty;
        }

        var listsNode = root.Optional("lists");
        var lists = listsNode is null ? [] : ReadLists(listsNode, fields);
        if (root.Optional("rules") is null && listsNode is not null)
        {
            // A file of lists only: it answers no question.
            return new ParsedFile([], lists);
        }

        var questionNode = root.Required("question");
        var questionName = questionNode is null ? null : fields.Text(questionNode, "question");
        var question = questionName is null ? null : PolicyQuestions.Find(questionName);
        if (questionName is not null && question is null)
        {
            fields.Error(questionNode!, $"unknown question '{questionName}'; expected one of: {string.Join(", ", PolicyQuestions.All)}.");
        }

        var ruleNodes = root.Required("rules") is { } rulesNode ? fields.Sequence(rulesNode, "rules") : null;
        if (question is null || ruleNodes is null)
        {
            return new ParsedFile([], lists);
        }

        if (ruleNodes.Count > MaxRules)
        {
            fields.Error(ruleNodes[MaxRules], $"a rule file holds at most {MaxRules} rules; split it into several files.");
            return new ParsedFile([], lists);
        }

        var rules = new List<ParsedRule>(ruleNodes.Count);
        foreach (var node in ruleNodes)
        {
            if (ReadRule(node, question, scope, fields) is { } rule)
            {
                rules.Add(rule);
            }
        }

        return new ParsedFile(rules, lists);
    }

    // Named lists of texts that conditions use by name, e.g. baseResources.Contains(Entry.BaseResource).
    private static List<ParsedList> ReadLists(YamlNode node, YamlFields fields)
    {
        var lists = new List<ParsedList>();
        if (node is not YamlMappingNode mapping)
        {
            fields.Error(node, "lists must be a mapping of list names to lists of texts.");
            return lists;
        }

        foreach (var (key, value) in mapping.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!ListNamePattern().IsMatch(name))
            {
                fields.Error(key, $"list name '{name}' must be a lower-camel-case word, e.g. baseResources.");
                continue;
            }

            var items = fields.Sequence(value, $"list '{name}'");
            if (items is { Count: > MaxListLength })
            {
                fields.Error(items[MaxListLength], $"list '{name}' holds more than {MaxListLength} texts; a condition walks it whenever it runs.");
                continue;
            }

            var texts = items?.Select(item => fields.Text(item, $"an item of list '{name}'", ModelLimits.MaxNameLength)).ToArray();
            if (texts is not null && texts.All(text => text is not null))
            {
                lists.Add(new ParsedList(name, texts!, Where(fields, key)));
            }
        }

        return lists;
    }

    private static ParsedRule? ReadRule(YamlNode node, PolicyQuestion question, CitationScope scope, YamlFields fields)
    {
        var rule = fields.Map(node, "a rule", RuleFields);
        if (rule is null)
        {
            return null;
        }

        var id = rule.Required("id") is { } idNode ? ReadId(idNode, fields) : null;
        var articles = rule.Required("articles") is { } articlesNode ? ReadArticles(articlesNode, scope, fields) : null;
        var whenNode = rule.Required("when");
        var condition = whenNode is null ? null : fields.Text(whenNode, "when", int.MaxValue); // its length is the compiler's to check
        var effect = rule.Required("effect") is { } effectNode ? fields.Enum<RuleEffect>(effectNode, "effect") : null;
        var outcome = ReadOutcome(rule, effect, question, fields);
        var reason = rule.Required("reason") is { } reasonNode ? ReadText(reasonNode, "reason", fields) : null;
        var obligationNodes = rule.Optional("obligations") is { } listNode ? fields.Sequence(listNode, "obligations") : [];
        var obligations = new List<ObligationRule>(obligationNodes?.Count ?? 0);
        foreach (var obligationNode in obligationNodes ?? [])
        {
            if (ReadObligation(obligationNode, question, fields) is { } obligation)
            {
                obligations.Add(obligation);
            }
        }

        if (id is null || articles is null || condition is null || effect is null || outcome is null
            || reason is null || obligationNodes is null || obligations.Count != obligationNodes.Count)
        {
            return null;
        }

        var policyRule = new PolicyRule(
            id, question, articles, condition, effect.Value, outcome, reason, obligations, Where(fields, node));
        return new ParsedRule(policyRule, new ScalarPositions(fields.File, fields.Content, (YamlScalarNode)whenNode!));
    }

    private static string? ReadId(YamlNode node, YamlFields fields)
    {
        var id = fields.Text(node, "id", MaxIdLength);
        if (id is not null && !IdPattern().IsMatch(id))
        {
            fields.Error(node, $"rule id '{id}' must be lower-case letters and digits in words joined by '.' or '-', e.g. access.conditional.apply.");
            return null;
        }

        return id;
    }

    private static Citation[]? ReadArticles(YamlNode node, CitationScope scope, YamlFields fields)
    {
        var items = fields.Sequence(node, "articles");
        if (items is null)
        {
            return null;
        }

        if (items.Count == 0)
        {
            fields.Error(node, "articles must cite at least one article.");
            return null;
        }

        var articles = new List<Citation>(items.Count);
        foreach (var item in items)
        {
            if (fields.Text(item, "an article") is not { } text)
            {
                continue;
            }

            if (Citation.TryParse(text, scope.Instrument, scope.Known, out var article, out var error))
            {
                articles.Add(article);
            }
            else
            {
                fields.Error(item, error);
            }
        }

        return articles.Count == items.Count ? articles.ToArray() : null;
    }

    private static Enum? ReadOutcome(YamlFields.Mapping rule, RuleEffect? effect, PolicyQuestion question, YamlFields fields)
    {
        var node = rule.Optional("outcome");
        if (effect == RuleEffect.Forbid)
        {
            if (node is not null)
            {
                fields.Error(node, $"a forbid rule always gives {question.FailClosedOutcome}; remove 'outcome'.");
                return null;
            }

            return question.FailClosedOutcome;
        }

        if (node is null)
        {
            if (effect is not null)
            {
                fields.Error(rule.Node, $"a rule with effect {effect.Value} needs an 'outcome'.");
            }

            return null;
        }

        return fields.Enum(node, $"outcome of the {question} question", question.OutcomeType);
    }

    private static BilingualText? ReadText(YamlNode node, string what, YamlFields fields)
    {
        var text = fields.Map(node, what, TextFields);
        return text is null ? null : ReadBilingual(text, what, fields);
    }

    private static BilingualText? ReadBilingual(YamlFields.Mapping mapping, string what, YamlFields fields)
    {
        var zh = mapping.Required("zh-Hans") is { } zhNode ? fields.Text(zhNode, $"{what} zh-Hans") : null;
        var en = mapping.Required("en") is { } enNode ? fields.Text(enNode, $"{what} en") : null;
        return zh is null || en is null ? null : new BilingualText(zh, en);
    }

    private static ObligationRule? ReadObligation(YamlNode node, PolicyQuestion question, YamlFields fields)
    {
        var obligation = fields.Map(node, "an obligation", ObligationFields);
        if (obligation is null)
        {
            return null;
        }

        var kind = obligation.Required("kind") is { } kindNode ? fields.Enum<ObligationKind>(kindNode, "obligation kind") : null;
        var text = ReadBilingual(obligation, "obligation", fields);
        var deadlineNode = obligation.Optional("deadline");
        if (deadlineNode is not null && !question.HasDeadlines)
        {
            fields.Error(deadlineNode, $"obligations of the {question} question have no day to count a deadline from; remove 'deadline'.");
            return null;
        }

        var deadline = deadlineNode is null ? null : ReadDeadline(deadlineNode, fields);
        return kind is null || text is null || (deadlineNode is not null && deadline is null)
            ? null
            : new ObligationRule(kind.Value, text, deadline);
    }

    private static DeadlineRule? ReadDeadline(YamlNode node, YamlFields fields)
    {
        var deadline = fields.Map(node, "a deadline", DeadlineFields);
        if (deadline is null)
        {
            return null;
        }

        var workingDays = deadline.Optional("workingDays");
        var extendableBy = deadline.Optional("extendableBy");
        var restarts = deadline.Optional("restartsWhenMaterialsArrive");
        var endOfMonth = deadline.Optional("endOfMonth");
        var yearsAfter = deadline.Optional("yearsAfter");
        var wholeYears = deadline.Optional("years");
        var kinds = (workingDays is null ? 0 : 1) + (endOfMonth is null ? 0 : 1) + (wholeYears is null ? 0 : 1);
        if (kinds != 1 || (workingDays is null && (extendableBy is not null || restarts is not null)) || (endOfMonth is null && yearsAfter is not null))
        {
            fields.Error(node, "a deadline gives either 'workingDays' with an optional 'extendableBy' and 'restartsWhenMaterialsArrive', or 'endOfMonth' with an optional 'yearsAfter', or 'years'.");
            return null;
        }

        if (wholeYears is not null)
        {
            var count = fields.Number(wholeYears, "years", 1, 100);
            return count is null ? null : new YearsDeadline(count.Value);
        }

        if (workingDays is not null)
        {
            var days = fields.Number(workingDays, "workingDays", 1, 366);
            var extension = extendableBy is null ? 0 : fields.Number(extendableBy, "extendableBy", 1, 366);
            var restart = fields.Flag(deadline, "restartsWhenMaterialsArrive", absent: false);
            return days is null || extension is null || restart is null
                ? null
                : new WorkingDaysDeadline(days.Value) { ExtendableBy = extension.Value, RestartsWhenMaterialsArrive = restart.Value };
        }

        var month = fields.Number(endOfMonth!, "endOfMonth", 1, 12);
        var years = yearsAfter is null ? 0 : fields.Number(yearsAfter, "yearsAfter", 0, 10);
        return month is null || years is null ? null : new EndOfMonthDeadline(month.Value, years.Value);
    }

    private static RuleSource Where(YamlFields fields, YamlNode node) => new(fields.File, (int)node.Start.Line, (int)node.Start.Column);

    private static Exception Innermost(Exception exception) =>
        exception.InnerException is { } inner ? Innermost(inner) : exception;

    [GeneratedRegex(@"\A[a-z0-9]+(?:[.-][a-z0-9]+)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"\A[a-z][A-Za-z0-9]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex ListNamePattern();
}
