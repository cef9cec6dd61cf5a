using BenchmarkDotNet.Running;

// `dotnet run -c Release --project tests/SharePolicy.Benchmarks -- --filter '*'` runs everything (.ci/bench);
// `--filter '*Deadline*'` one class, `--list flat` the names; `--job Dry --inProcess` runs each benchmark once
// (.ci/run does, so that a benchmark whose setup no longer works fails the main job).
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

// BenchmarkDotNet reports a benchmark that threw and carries on; a run with one is a failed run.
var failed = summaries.SelectMany(summary => summary.Reports).Where(report => !report.Success).Select(report => report.BenchmarkCase.DisplayInfo).ToArray();
foreach (var name in failed)
{
    Console.Error.WriteLine($"error: benchmark {name} did not run");
}

return failed.Length == 0 && summaries.All(summary => !summary.HasCriticalValidationErrors) ? 0 : 1;
