using NodaTime;
using SharePolicy.Model;

namespace SharePolicy.Scenarios;

/// <summary>One example of a decision: the facts given and the decision expected.</summary>
public sealed class Scenario
{
    internal Scenario(string file, int line, string name, string? rule, Instant now, AccessRequest request, CatalogEntry entry, ScenarioExpectation expect)
    {
        File = file;
        Line = line;
        Name = name;
        Rule = rule;
        Now = now;
        Request = request;
        Entry = entry;
        Expect = expect;
    }

    /// <summary>The scenario file it is written in.</summary>
    public string File { get; }

    /// <summary>The 1-based line it starts on.</summary>
    public int Line { get; }

    /// <summary>Its name, unique within its file.</summary>
    public string Name { get; }

    /// <summary>The rule it is an example of: a positive example when the rule is among the expected fired rules, else a negative one.</summary>
    public string? Rule { get; }

    /// <summary>The engine clock's time; the request's submission time unless the file states <c>now</c>.</summary>
    public Instant Now { get; }

    /// <summary>The request.</summary>
    public AccessRequest Request { get; }

    /// <summary>The catalog entry of the resource requested.</summary>
    public CatalogEntry Entry { get; }

    /// <summary>What the decision must be.</summary>
    public ScenarioExpectation Expect { get; }

    /// <summary><c>file:line name</c>.</summary>
    public override string ToString() => $"{File}:{Line} {Name}";
}

/// <summary>What a scenario expects of the decision; a null list is not checked.</summary>
/// <param name="Outcome">The outcome.</param>
/// <param name="Articles">Exactly the articles the decision cites.</param>
/// <param name="FiredRules">Exactly the rules that fire, in any order.</param>
/// <param name="Reasons">Exactly the rule ids of the reasons given, in any order.</param>
/// <param name="Obligations">Exactly the kinds of obligation imposed, in any order.</param>
/// <param name="Items">The outcome of each named item.</param>
public sealed record ScenarioExpectation(
    AccessOutcome Outcome,
    IReadOnlyList<ArticleReference> Articles,
    IReadOnlyList<string>? FiredRules,
    IReadOnlyList<string>? Reasons,
    IReadOnlyList<ObligationKind>? Obligations,
    IReadOnlyDictionary<string, AccessOutcome>? Items);

/// <summary>The scenarios of one file, and the rule set they run against.</summary>
/// <param name="Path">The file's path.</param>
/// <param name="Article">The article the file's examples illustrate, if it names one.</param>
/// <param name="RuleSetDirectory">The rule directory to run against, resolved against the file's folder; null for the default rule set.</param>
/// <param name="Scenarios">The scenarios, in file order.</param>
public sealed record ScenarioFile(string Path, int? Article, string? RuleSetDirectory, IReadOnlyList<Scenario> Scenarios);

/// <summary>A scenario file that cannot be read; the message names file, line and reason.</summary>
public sealed class ScenarioFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ScenarioFormatException(string file, int line, string reason, Exception? inner = null)
        : base(FormattableString.Invariant($"{file}:{line}: {reason}"), inner)
    {
        File = file;
        Line = line;
        Reason = reason;
    }

    /// <summary>The scenario file.</summary>
    public string File { get; }

    /// <summary>The 1-based line.</summary>
    public int Line { get; }

    /// <summary>What is wrong.</summary>
    public string Reason { get; }
}
