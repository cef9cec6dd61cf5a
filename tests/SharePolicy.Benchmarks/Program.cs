using BenchmarkDotNet.Running;

// `dotnet run -c Release --project tests/SharePolicy.Benchmarks -- --filter '*'` runs everything (.ci/bench);
// `--filter '*Deadline*'` one class, `--list flat` the names.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
