using NodaTime;
using NodaTime.Text;
using SharePolicy.Files;
using SharePolicy.Model;
using SharePolicy.Questions;
using SharePolicy.Questions.Binding;
using SharePolicy.Rules;
using YamlDotNet.RepresentationModel;

namespace SharePolicy.Scenarios;

/// <summary>
/// Reads what scenario and request files share: the question asked, its facts (read by the question's own binding),
/// the time they are asked at and the place they are asked for. Every error is reported at its line and column.
/// </summary>
internal sealed class FactsReader(YamlFields fields)
{
    public YamlFields Fields => fields;

    /// <summary>
    /// How a file reads the law where it is open (docs/rule-sets.md, "Open readings"): each reading it does not name as
    /// by default; null, with the errors reported, when a value is not a boolean.
    /// </summary>
    public LegalReadings? Readings(YamlNode node)
    {
        var map = fields.Map(node, "readings", [.. LegalReadings.Names]);
        if (map is null)
        {
            return null;
        }

        var readings = LegalReadings.Default;
        var valid = true;
        foreach (var name in LegalReadings.Names)
        {
            var value = fields.Flag(map, name, absent: readings.ValueOf(name));
            valid &= value is not null;
            readings = value is { } flag ? readings.With(name, flag) : readings;
        }

        return valid ? readings : null;
    }

    /// <summary>The question a file or scenario names; <paramref name="fallback"/> (the file's) when it names none.</summary>
    public PolicyQuestion? Question(YamlNode? node, PolicyQuestion? fallback, YamlNode where)
    {
        if (node is null)
        {
            if (fallback is null)
            {
                fields.Error(where, $"'question' is missing; name the question asked, one of: {string.Join(", ", PolicyQuestions.All)}.");
            }

            return fallback;
        }

        var name = fields.Text(node, "question");
        var question = name is null ? null : PolicyQuestions.Find(name);
        if (name is not null && question is null)
        {
            fields.Error(node, $"unknown question '{name}'; expected one of: {string.Join(", ", PolicyQuestions.All)}.");
        }

        return question;
    }

    /// <summary>The question's input, read from <c>given</c> by the question's binding, with the time its facts state.</summary>
    public (object Input, Instant? Time)? Given(PolicyQuestion question, YamlNode node) =>
        ((IBoundQuestion)question).Bind(new GivenReader(fields, node));

    /// <summary>A time with its offset, e.g. <c>2025-06-02T10:00:00+08:00</c>.</summary>
    public Instant? Time(YamlNode node, string what)
    {
        var text = fields.Text(node, what);
        if (text is null)
        {
            return null;
        }

        if (OffsetDateTimePattern.ExtendedIso.Parse(text) is { Success: true } parsed)
        {
            return parsed.Value.ToInstant();
        }

        fields.Error(node, $"{what} '{text}' must be a date and time with its offset, e.g. 2025-06-02T10:00:00+08:00.");
        return null;
    }

    /// <summary>A region code (GB/T 2260: 6, 9 or 12 digits).</summary>
    public string? Jurisdiction(YamlNode node)
    {
        var text = fields.Text(node, "jurisdiction", 12);
        if (text is null)
        {
            return null;
        }

        try
        {
            return Guard.Region(text, "jurisdiction");
        }
        catch (ArgumentException exception)
        {
            fields.Error(node, GivenReader.Message(exception));
            return null;
        }
    }

    /// <summary>
    /// The clock's time for the facts: the scenario's <c>now</c>, else the time the facts state, else the file's
    /// <c>now</c>. A question whose facts state no time (an escalation, a project) needs a <c>now</c>: its rule sets are
    /// those in force then.
    /// </summary>
    public Instant? Now(Instant? own, Instant? file, Instant? facts, PolicyQuestion question, YamlNode where)
    {
        if ((own ?? facts ?? file) is { } now)
        {
            return now;
        }

        fields.Error(where, $"the {question} question's facts state no time; give 'now' (here or at the top of the file), e.g. now: 2025-06-02T10:00:00+08:00, the day whose rule sets decide.");
        return null;
    }
}
