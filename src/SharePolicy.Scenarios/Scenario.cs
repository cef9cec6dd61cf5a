using NodaTime;
using SharePolicy.Questions;
using SharePolicy.Rules;

namespace SharePolicy.Scenarios;

/// <summary>One example of a decision: the question asked, the facts given, and the decision expected.</summary>
public sealed class Scenario
{
    internal Scenario(string file, int line, string name, string? rule, PolicyQuestion question, object input, Instant now, ScenarioExpectation expect)
    {
        File = file;
        Line = line;
        Name = name;
        Rule = rule;
        Question = question;
        Input = input;
        Now = now;
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

    /// <summary>The question it asks (its <c>question</c>, else its file's).</summary>
    public PolicyQuestion Question { get; }

    /// <summary>What the question is asked about, as the question's binding read it from <c>given</c>, e.g. an <see cref="AccessInput"/>.</summary>
    public object Input { get; }

    /// <summary>The engine clock's time: the scenario's <c>now</c>, else the time of the facts (e.g. when the request was submitted), else its file's <c>now</c>.</summary>
    public Instant Now { get; }

    /// <summary>The region code the decision is made for (its <c>jurisdiction</c>, else its file's); null for national rules alone.</summary>
    public string? Jurisdiction { get; init; }

    /// <summary>
    /// How many years after the last confirmed one the calendar projects from the statutory holidays
    /// (<see cref="SharePolicy.Calendar.WorkingDayCalendar.WithProvisionalYears"/>); 0, the default, for none.
    /// </summary>
    public int ProvisionalYears { get; init; }

    /// <summary>How the scenario reads the law where it is open (its <c>readings</c>); <see cref="LegalReadings.Default"/> unless it says.</summary>
    public LegalReadings Readings { get; init; } = LegalReadings.Default;

    /// <summary>
    /// False when the file says <c>carryOvers: false</c>: the scenario runs on its library without the layers of
    /// carry-overs (docs/rule-sets.md, "Carry-overs"); true, the default, with them.
    /// </summary>
    public bool CarryOvers { get; internal set; } = true;

    /// <summary>What the decision must be.</summary>
    public ScenarioExpectation Expect { get; }

    /// <summary>Asks the engine the scenario's question about its facts, for its place.</summary>
    /// <exception cref="ArgumentException">The facts do not fit together, e.g. a requested item the entry does not have.</exception>
    /// <exception cref="SharePolicy.Calendar.CalendarRangeException">A date falls beyond the calendar's years.</exception>
    public Decision DecideWith(IPolicyDecider decider)
    {
        ArgumentNullException.ThrowIfNull(decider);
        return ((IBoundQuestion)Question).Decide(decider, Input, Jurisdiction);
    }

    /// <summary><c>file:line name</c>.</summary>
    public override string ToString() => $"{File}:{Line} {Name}";
}
