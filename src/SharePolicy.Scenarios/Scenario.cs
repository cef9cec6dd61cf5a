using NodaTime;
using SharePolicy.Model;

namespace SharePolicy.Scenarios;

/// <summary>One example of a decision: the facts given and the decision expected.</summary>
public sealed class Scenario
{
    internal Scenario(string file, int line, string name, string? rule, Instant now, ScenarioFacts given, ScenarioExpectation expect)
    {
        File = file;
        Line = line;
        Name = name;
        Rule = rule;
        Now = now;
        Given = given;
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

    /// <summary>The engine clock's time: the file's <c>now</c>, else the time of the facts (e.g. when the request was submitted).</summary>
    public Instant Now { get; }

    /// <summary>The facts given, which also say which question is asked.</summary>
    public ScenarioFacts Given { get; }

    /// <summary>What the decision must be.</summary>
    public ScenarioExpectation Expect { get; }

    /// <summary><c>file:line name</c>.</summary>
    public override string ToString() => $"{File}:{Line} {Name}";
}

/// <summary>The facts a scenario gives; the kind of facts says which question is asked.</summary>
public abstract record ScenarioFacts
{
    private protected ScenarioFacts()
    {
    }
}

/// <summary>An access request and the catalog entry of the resource it asks for.</summary>
/// <param name="Request">The request.</param>
/// <param name="Entry">The catalog entry.</param>
public sealed record AccessScenarioFacts(AccessRequest Request, CatalogEntry Entry) : ScenarioFacts;

/// <summary>A change that may oblige a catalog update.</summary>
/// <param name="Change">The change.</param>
public sealed record CatalogUpdateScenarioFacts(CatalogChange Change) : ScenarioFacts;

/// <summary>A body that may have to report a year's sharing.</summary>
/// <param name="Reporter">The body.</param>
/// <param name="Year">The year reported on.</param>
public sealed record AnnualReportScenarioFacts(Department Reporter, int Year) : ScenarioFacts;

/// <summary>What a scenario expects of the decision; a null list is not checked.</summary>
/// <param name="Outcome">The outcome's name, e.g. <c>Granted</c>.</param>
/// <param name="Articles">Exactly the articles the decision cites.</param>
/// <param name="FiredRules">Exactly the rules that fire, in any order.</param>
/// <param name="Reasons">Exactly the rule ids of the reasons given, in any order.</param>
/// <param name="Obligations">Exactly the kinds of obligation imposed, in any order.</param>
/// <param name="Deadlines">The due date of each named obligation.</param>
/// <param name="Items">The outcome of each named item (access only).</param>
public sealed record ScenarioExpectation(
    string Outcome,
    IReadOnlyList<ArticleReference> Articles,
    IReadOnlyList<string>? FiredRules,
    IReadOnlyList<string>? Reasons,
    IReadOnlyList<ObligationKind>? Obligations,
    IReadOnlyDictionary<ObligationKind, LocalDate>? Deadlines,
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
