using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;
using SharePolicy.Engine;
using SharePolicy.Questions;
using SharePolicy.Rules;
using SharePolicy.Scenarios;

namespace SharePolicy.Cli.Commands;

/// <summary>
/// <c>sharepolicy decide FILE</c>: decides the facts of a request file (the <c>question</c> and <c>given</c> of a
/// scenario) and prints the outcome with its reasons, obligations and deadlines, articles, fired rules, the rule sets
/// that decided (id, version, SHA-256) and the day that chose them; <c>--json</c> prints the same as one JSON object.
/// </summary>
internal static class DecideCommand
{
    private static readonly JsonSerializerOptions Json = new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // Chinese text and apostrophes as themselves: this JSON never goes into HTML
    }.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

    public static Command Create(TextWriter output, TextWriter error, OutputStyle style)
    {
        var file = new Argument<string>("file") { Description = "A request file: the question and the facts a scenario states under given, e.g. an entry and a request (docs/scenario-files.md)." };
        var json = new Option<bool>("--json") { Description = "Print the decision as JSON, for programs." };
        var jurisdiction = new Option<string?>("--jurisdiction")
        {
            Description = "The region code (GB/T 2260, e.g. 330100) to decide for, whose overlays apply; instead of the file's jurisdiction.",
        };
        var readings = new Option<string[]>("--reading")
        {
            Description = $"NAME=true|false: read the law where it is open this way, over the file's readings (docs/rule-sets.md, \"Open readings\"); NAME is one of {string.Join(", ", LegalReadings.Names)}. Repeatable.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("decide", "Decide the facts of a request file: outcome, reasons, obligations, articles, fired rules and the rule sets that decided.")
        {
            file, json, jurisdiction, readings,
        };
        var rules = CliOptions.Rules(command, "A directory of rule sets to decide with instead of the embedded default library.");
        var calendars = CliOptions.Calendar(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            try
            {
                var request = await RequestFileReader.ReadAsync(result.GetValue(file)!, cancellationToken).ConfigureAwait(false);
                var read = Readings(request.Readings, result.GetValue(readings) ?? []);
                var library = await rules.LoadAsync(result, null, null, cancellationToken).ConfigureAwait(false);
                var calendar = await calendars.LoadAsync(result, cancellationToken).ConfigureAwait(false);
                var decision = request.Decide(library, calendar, result.GetValue(jurisdiction), read);
                await output.WriteAsync(result.GetValue(json) ? JsonSerializer.Serialize(decision, decision.GetType(), Json) + Environment.NewLine : Text(decision, style))
                    .ConfigureAwait(false);
                return SharePolicyCli.Success;
            }
            catch (Exception exception) when (CliOptions.IsInputError(exception) || exception is ArgumentException)
            {
                await CliOptions.WriteErrorAsync(error, exception).ConfigureAwait(false);
                return SharePolicyCli.UsageError;
            }
        });
        return command;
    }

    // Each --reading NAME=VALUE over the file's readings, in the order given.
    private static LegalReadings Readings(LegalReadings readings, string[] settings)
    {
        foreach (var setting in settings)
        {
            var parts = setting.Split('=', 2);
            if (parts.Length != 2 || !LegalReadings.Names.Contains(parts[0]) || parts[1] is not ("true" or "false"))
            {
                throw new ArgumentException($"--reading '{setting}' is not NAME=true or NAME=false; NAME is one of: {string.Join(", ", LegalReadings.Names)}.");
            }

            readings = readings.With(parts[0], parts[1] == "true");
        }

        return readings;
    }

    private static string Text(Decision decision, OutputStyle style)
    {
        var text = new StringWriter();
        void Line(string label, string value) => text.WriteLine($"{style.Muted(label.PadRight(10))}{value}");
        void More(string value) => text.WriteLine($"{new string(' ', 10)}{value}");

        Line("outcome:", style.Emphasis(decision.OutcomeName));
        foreach (var item in (decision as AccessDecision)?.Items ?? [])
        {
            Line("item:", $"{item.ItemCode}: {item.Outcome}");
        }

        if ((decision as AccessDecision)?.Grant is { } grant)
        {
            Line("grant:", $"{string.Join(", ", grant.Items)} for {grant.Purpose.Use} ({grant.Purpose.Duty}) by {grant.Method}");
        }

        foreach (var reason in decision.Reasons)
        {
            Line("reason:", reason.Articles.Count == 0 ? reason.RuleId : $"{reason.RuleId} ({string.Join(", ", reason.Articles)})");
            More(reason.Text.ZhHans);
            More(reason.Text.En);
        }

        foreach (var obligation in decision.Obligations)
        {
            Line("must:", obligation.Deadline is { } deadline
                ? $"{obligation.Kind}, {(deadline.IsMinimumPeriod ? "kept until" : "due")} {deadline.DueDate:uuuu-MM-dd}{(deadline.IsProvisional ? " provisional" : string.Empty)} (ends {OffsetDateTimePattern.Rfc3339.Format(deadline.EndsAt.InZone(SharePolicyEngine.ChinaStandardTime).ToOffsetDateTime())})"
                : obligation.Kind.ToString());
            More(obligation.Text.ZhHans);
            More(obligation.Text.En);
        }

        foreach (var finding in (decision as ComplianceDecision)?.Findings ?? [])
        {
            Line("finding:", $"{finding.RuleId} ({string.Join(", ", finding.Articles)}): {finding.Evidence}");
            More(finding.Text.ZhHans);
            More(finding.Text.En);
        }

        Line("articles:", string.Join("; ", decision.Articles.Select(article => $"{article} {article.ToChineseString()}")));
        Line("fired:", string.Join(", ", decision.FiredRules));
        Line("as of:", $"{decision.AsOf:uuuu-MM-dd}");
        Line("readings:", string.Join(", ", LegalReadings.Names.Select(name => $"{name}={(decision.Readings.ValueOf(name) ? "true" : "false")}")));
        foreach (var stamp in decision.RuleSets)
        {
            Line("rule set:", $"{stamp.Id} {stamp.Version} sha256:{stamp.Sha256}");
        }

        return text.ToString();
    }
}
