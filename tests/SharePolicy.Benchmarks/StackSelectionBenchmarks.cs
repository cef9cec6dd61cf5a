using BenchmarkDotNet.Attributes;
using NodaTime;
using SharePolicy.Bench;
using SharePolicy.Calendar;
using SharePolicy.Compilation;
using SharePolicy.Engine;
using SharePolicy.Model;
using SharePolicy.Questions;
using SharePolicy.Runtime;

namespace SharePolicy.Benchmarks;

/// <summary>
/// What choosing the rule sets costs a decision (issue: under 100 ns beside a decision): the national set alone, and the
/// default library with the sample city's overlay (samples/overlays) chosen for its city and for another; then one
/// conditional decision of the city, national rules alone against national rules and the overlay.
/// </summary>
[MemoryDiagnoser]
public class StackSelectionBenchmarks
{
    private static readonly LocalDate Day = new(2026, 3, 2);

    private StackSelector _national = null!;
    private StackSelector _withCity = null!;
    private SharePolicyEngine _cityEngine = null!;
    private AccessCase _case = null!;

    [GlobalSetup]
    public void Setup()
    {
        var library = RuleSetLoader.LoadAsync(null, Path.Combine(RepositoryRoot(), "samples", "overlays", "rules")).GetAwaiter().GetResult();
        _national = new StackSelector(RuleSetLoader.LoadDefault());
        _withCity = new StackSelector(library);
        _cityEngine = new SharePolicyEngine(library, WorkingDayCalendar.China, SystemClock.Instance, jurisdiction: "330100");
        var conditional = SampleCases.Conditional;
        _case = new AccessCase(
            new AccessRequest(conditional.Request.Requester, conditional.Request.ResourceCode, [], conditional.Request.Purpose, ShareMethod.OnlineQuery, Instant.FromUtc(2026, 3, 2, 2, 0)),
            conditional.Entry);
    }

    [Benchmark(Baseline = true)]
    public object? SelectNationalAlone() => _national.Select(Day, null);

    [Benchmark]
    public object? SelectWithTheCitysOverlay() => _withCity.Select(Day, "330100");

    [Benchmark]
    public object? SelectOutsideTheCity() => _withCity.Select(Day, "310000");

    [Benchmark]
    public AccessOutcome DecideNationalAlone() => Deciders.Engine.DecideAccess(_case.Request, _case.Entry).Outcome;

    [Benchmark]
    public AccessOutcome DecideWithTheCitysOverlay() => _cityEngine.DecideAccess(_case.Request, _case.Entry).Outcome;

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SharePolicy.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No SharePolicy.sln above {AppContext.BaseDirectory}.");
    }
}
