using NodaTime;
using SharePolicy.Engine;
using SharePolicy.Instruments;
using SharePolicy.Model;
using SharePolicy.Questions;
using SharePolicy.Rules;

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

    /// <summary>
    /// How many years after the last confirmed one the calendar projects from the statutory holidays
    /// (<see cref="SharePolicy.Calendar.WorkingDayCalendar.WithProvisionalYears"/>); 0, the default, for none.
    /// </summary>
    public int ProvisionalYears { get; init; }

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

    /// <summary>Asks the engine the question these facts are for.</summary>
    /// <exception cref="ArgumentException">The facts do not fit together, e.g. a requested item the entry does not have.</exception>
    /// <exception cref="SharePolicy.Calendar.CalendarRangeException">A deadline falls beyond the calendar's years.</exception>
    public abstract FactsDecision DecideWith(SharePolicyEngine engine);
}

/// <summary>An access request and the catalog entry of the resource it asks for.</summary>
/// <param name="Request">The request.</param>
/// <param name="Entry">The catalog entry.</param>
public sealed record AccessScenarioFacts(AccessRequest Request, CatalogEntry Entry) : ScenarioFacts
{
    /// <inheritdoc/>
    public override FactsDecision DecideWith(SharePolicyEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var decision = engine.DecideAccess(Request, Entry);
        return FactsDecision.Of(decision, decision.Items);
    }
}

/// <summary>A change that may oblige a catalog update.</summary>
/// <param name="Change">The change.</param>
public sealed record CatalogUpdateScenarioFacts(CatalogChange Change) : ScenarioFacts
{
    /// <inheritdoc/>
    public override FactsDecision DecideWith(SharePolicyEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return FactsDecision.Of(engine.DecideCatalogUpdate(Change));
    }
}

/// <summary>A body that may have to report a year's sharing.</summary>
/// <param name="Reporter">The body.</param>
/// <param name="Year">The year reported on.</param>
public sealed record AnnualReportScenarioFacts(Department Reporter, int Year) : ScenarioFacts
{
    /// <inheritdoc/>
    public override FactsDecision DecideWith(SharePolicyEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return FactsDecision.Of(engine.DecideAnnualReport(Reporter, Year));
    }
}

/// <summary>An application, the catalog entry it names and the provider's reply to it.</summary>
/// <param name="Request">The application.</param>
/// <param name="Entry">The catalog entry.</param>
/// <param name="Reply">The provider's reply.</param>
public sealed record ReplyReviewScenarioFacts(AccessRequest Request, CatalogEntry Entry, ProviderReply Reply) : ScenarioFacts
{
    /// <inheritdoc/>
    public override FactsDecision DecideWith(SharePolicyEngine engine) =>
        FactsDecision.Of((engine ?? throw new ArgumentNullException(nameof(engine))).ReviewReply(Request, Entry, Reply));
}

/// <summary>A catalog entry to validate.</summary>
/// <param name="Entry">The entry.</param>
public sealed record CatalogValidationScenarioFacts(CatalogEntry Entry) : ScenarioFacts
{
    /// <inheritdoc/>
    public override FactsDecision DecideWith(SharePolicyEngine engine) =>
        FactsDecision.Of((engine ?? throw new ArgumentNullException(nameof(engine))).ValidateCatalogEntry(Entry));
}

/// <summary>A negotiation over data that is not shared.</summary>
/// <param name="Negotiation">The negotiation.</param>
public sealed record EscalationScenarioFacts(SharingNegotiation Negotiation) : ScenarioFacts
{
    /// <inheritdoc/>
    public override FactsDecision DecideWith(SharePolicyEngine engine) =>
        FactsDecision.Of((engine ?? throw new ArgumentNullException(nameof(engine))).DecideEscalation(Negotiation));
}

/// <summary>A grant and a use made of it.</summary>
/// <param name="Grant">The grant.</param>
/// <param name="Use">The use.</param>
public sealed record UseScenarioFacts(ShareGrant Grant, DataUse Use) : ScenarioFacts
{
    /// <inheritdoc/>
    public override FactsDecision DecideWith(SharePolicyEngine engine) =>
        FactsDecision.Of((engine ?? throw new ArgumentNullException(nameof(engine))).DecideUse(Grant, Use));
}

/// <summary>A department's wish to ask an applicant for an item.</summary>
/// <param name="Demand">The demand.</param>
public sealed record ResubmissionScenarioFacts(DocumentDemand Demand) : ScenarioFacts
{
    /// <inheritdoc/>
    public override FactsDecision DecideWith(SharePolicyEngine engine) =>
        FactsDecision.Of((engine ?? throw new ArgumentNullException(nameof(engine))).DecideResubmission(Demand));
}

/// <summary>Doubtful shared data met while handling a matter.</summary>
/// <param name="Dispute">The dispute.</param>
public sealed record DisputeScenarioFacts(DataDispute Dispute) : ScenarioFacts
{
    /// <inheritdoc/>
    public override FactsDecision DecideWith(SharePolicyEngine engine) =>
        FactsDecision.Of((engine ?? throw new ArgumentNullException(nameof(engine))).DecideDispute(Dispute));
}

/// <summary>An information project at one of its examinations.</summary>
/// <param name="Project">The project.</param>
public sealed record ProjectScenarioFacts(InformationProject Project) : ScenarioFacts
{
    /// <inheritdoc/>
    public override FactsDecision DecideWith(SharePolicyEngine engine) =>
        FactsDecision.Of((engine ?? throw new ArgumentNullException(nameof(engine))).DecideProject(Project));
}

/// <summary>A department's record, reviewed for compliance at the scenario's time.</summary>
/// <param name="Record">The record.</param>
public sealed record ComplianceScenarioFacts(DepartmentRecord Record) : ScenarioFacts
{
    /// <inheritdoc/>
    public override FactsDecision DecideWith(SharePolicyEngine engine)
    {
        var decision = (engine ?? throw new ArgumentNullException(nameof(engine))).ReviewCompliance(Record);
        return FactsDecision.Of(decision) with { Findings = decision.Findings };
    }
}

/// <summary>What a scenario expects of the decision; a null list is not checked.</summary>
/// <param name="Outcome">The outcome's name, e.g. <c>Granted</c>.</param>
/// <param name="Articles">Exactly the articles the decision cites.</param>
/// <param name="FiredRules">Exactly the rules that fire, in any order.</param>
/// <param name="Reasons">Exactly the rule ids of the reasons given, in any order.</param>
/// <param name="Obligations">Exactly the kinds of obligation imposed, in any order.</param>
/// <param name="Deadlines">The due date of each named obligation.</param>
/// <param name="Items">The outcome of each named item (access only).</param>
/// <param name="Findings">Exactly the Art. 24 items of the findings, e.g. <c>24(1)</c>, one per finding (compliance only).</param>
public sealed record ScenarioExpectation(
    string Outcome,
    IReadOnlyList<Citation> Articles,
    IReadOnlyList<string>? FiredRules,
    IReadOnlyList<string>? Reasons,
    IReadOnlyList<ObligationKind>? Obligations,
    IReadOnlyDictionary<ObligationKind, LocalDate>? Deadlines,
    IReadOnlyDictionary<string, AccessOutcome>? Items,
    IReadOnlyList<Citation>? Findings = null);

/// <summary>The scenarios of one file, and the rule set they run against.</summary>
/// <param name="Path">The file's path.</param>
/// <param name="Article">The article the file's examples illustrate, if it names one.</param>
/// <param name="RuleSetDirectory">The rule directory to run against, resolved against the file's folder; null for the default rule set.</param>
/// <param name="Scenarios">The scenarios, in file order.</param>
public sealed record ScenarioFile(string Path, int? Article, string? RuleSetDirectory, IReadOnlyList<Scenario> Scenarios);

/// <summary>A scenario file or request file that cannot be read; the message names file, line and reason.</summary>
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

    /// <summary>The scenario or request file.</summary>
    public string File { get; }

    /// <summary>The 1-based line.</summary>
    public int Line { get; }

    /// <summary>What is wrong.</summary>
    public string Reason { get; }
}
