using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NodaTime;
using SharePolicy.Bench;
using SharePolicy.Calendar;
using SharePolicy.Compilation;
using SharePolicy.Engine;

namespace SharePolicy.Cli.Commands;

/// <summary>
/// <c>sharepolicy bench</c>: times access decisions of the default rule set over a generated request mix, on one
/// thread, against a hand-written baseline of the same rules. The last line is machine-readable:
/// <c>p50_us=… p99_us=… per_sec=… baseline_ratio=…</c>.
/// </summary>
internal static class BenchCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var decisions = PositiveOption("--decisions", 100_000, "How many decisions each measured pass makes.");
        var requests = PositiveOption("--requests", 10_000, "How many different requests the generated mix holds; decisions take them in turn.");
        var seed = new Option<int>("--seed")
        {
            Description = "The seed of the request mix; the same seed gives the same requests.",
            DefaultValueFactory = _ => RequestMix.DefaultSeed,
        };
        var warmUp = PositiveOption("--warmup-ms", 1000, "How long the engine and the baseline each run before they are measured, in milliseconds.");
        var command = new Command("bench", "Time access decisions of the default rule set against a hand-written baseline.")
        {
            decisions, requests, seed, warmUp,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var invalid = new[] { decisions, requests, warmUp }.FirstOrDefault(option => result.GetValue(option) < 1);
            if (invalid is not null)
            {
                await error.WriteLineAsync($"error: {invalid.Name} must be 1 or more, not {result.GetValue(invalid)}.").ConfigureAwait(false);
                return SharePolicyCli.UsageError;
            }

            var start = Stopwatch.GetTimestamp();
            var rules = RuleSetLoader.Load(RuleSetLoader.ReadDefaultFiles(), cancellationToken);
            var coldStart = Stopwatch.GetElapsedTime(start);
            var engine = new SharePolicyEngine(rules, WorkingDayCalendar.China, SystemClock.Instance);
            var baseline = new BaselineAccessPolicy(WorkingDayCalendar.China, engine.TimeZone);
            var cases = RequestMix.Generate(result.GetValue(requests), result.GetValue(seed));
            var report = DecisionBench.Run(engine, baseline, cases, result.GetValue(decisions), TimeSpan.FromMilliseconds(result.GetValue(warmUp)));

            await output.WriteLineAsync(Invariant($"rule set: {rules.Rules.Count} embedded default rules, loaded and compiled in {coldStart.TotalMilliseconds:0.0} ms")).ConfigureAwait(false);
            await output.WriteLineAsync(Invariant($"requests: {cases.Count} generated from seed {result.GetValue(seed)}")).ConfigureAwait(false);
            await output.WriteLineAsync(Invariant($"engine:   {report.Decisions} decisions on one thread, p50 {report.P50Microseconds:0.00} us, p99 {report.P99Microseconds:0.00} us, {report.DecisionsPerSecond:0} decisions/s")).ConfigureAwait(false);
            await output.WriteLineAsync(Invariant($"baseline: {report.Decisions} decisions on one thread, {report.BaselineDecisionsPerSecond:0} decisions/s (hand-written if/else of the same rules)")).ConfigureAwait(false);
            await output.WriteLineAsync(report.SummaryLine).ConfigureAwait(false);
            return SharePolicyCli.Success;
        });
        return command;
    }

    private static Option<int> PositiveOption(string name, int defaultValue, string description) => new(name)
    {
        Description = $"{description} Default: {defaultValue}.",
        DefaultValueFactory = _ => defaultValue,
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
