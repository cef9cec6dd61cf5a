using System.Collections.Concurrent;
using NodaTime;
using SharePolicy.Calendar;
using SharePolicy.Compilation;
using SharePolicy.Engine;
using SharePolicy.Hosting;

namespace SharePolicy.Tests.Hosting;

public class OverlappingReloadTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_reload_that_started_first_but_finished_last_leaves_the_later_reloads_engine_current()
    {
        var (provider, loads) = await Provider();

        var older = provider.ReloadAsync();
        var newer = provider.ReloadAsync();
        loads.Finish(2, version: 2);
        var current = await newer.WaitAsync(Patience);
        loads.Finish(1, version: 3);
        var overtaken = await older.WaitAsync(Patience);

        current.Should().BeSameAs(provider.Current);
        overtaken.Should().BeSameAs(current, "the reload that finished last started first, so it returns the engine now current");
        Ids(provider.Current).Should().Equal("set-2.a", "set-2.b");
    }

    [Fact]
    public async Task A_reload_after_an_overtaken_one_becomes_current()
    {
        var (provider, loads) = await Provider();
        var older = provider.ReloadAsync();
        var newer = provider.ReloadAsync();
        loads.Finish(2, version: 2);
        await newer.WaitAsync(Patience);
        loads.Finish(1, version: 3);
        await older.WaitAsync(Patience);

        var latest = provider.ReloadAsync();
        loads.Finish(3, version: 4);

        (await latest.WaitAsync(Patience)).Should().BeSameAs(provider.Current);
        Ids(provider.Current).Should().Equal("set-4.a", "set-4.b");
    }

    [Fact]
    public async Task A_reload_that_fails_leaves_the_current_engine_in_place()
    {
        var (provider, loads) = await Provider();
        var before = provider.Current;

        var failing = provider.ReloadAsync();
        loads.Fail(1, new RuleSetLoadException([new RuleFileError(new SharePolicy.Rules.RuleSource("a.yaml", 1, 1), "broken")]));

        await failing.Awaiting(task => task.WaitAsync(Patience)).Should().ThrowAsync<RuleSetLoadException>();
        provider.Current.Should().BeSameAs(before);
    }

    // A provider whose first engine is set 1, and whose reloads each wait until the test finishes them.
    private static async Task<(SharePolicyEngineProvider Provider, HeldLoads Loads)> Provider()
    {
        var loads = new HeldLoads();
        var creating = SharePolicyEngineProvider.CreateAsync(loads.Load, CancellationToken.None);
        loads.Finish(0, version: 1);
        return (await creating.WaitAsync(Patience), loads);
    }

    private static IEnumerable<string> Ids(SharePolicyEngine engine) => engine.Rules.Rules.Select(rule => rule.Id);

    /// <summary>Loads that the test finishes, in the order it chooses: the n-th load (from 0) waits for <see cref="Finish"/>.</summary>
    private sealed class HeldLoads
    {
        private readonly ConcurrentDictionary<int, TaskCompletionSource<SharePolicyEngine>> _loads = new();
        private int _started = -1;

        public Task<SharePolicyEngine> Load(CancellationToken cancellationToken) => Held(Interlocked.Increment(ref _started)).Task;

        public void Finish(int load, int version) => Held(load).SetResult(new SharePolicyEngine(
            RuleSetLoader.Load([new RuleFile("a.yaml", HostingFixtures.RuleFile(version, "a")), new RuleFile("b.yaml", HostingFixtures.RuleFile(version, "b"))]),
            WorkingDayCalendar.China,
            SystemClock.Instance));

        public void Fail(int load, Exception exception) => Held(load).SetException(exception);

        private TaskCompletionSource<SharePolicyEngine> Held(int load) =>
            _loads.GetOrAdd(load, _ => new TaskCompletionSource<SharePolicyEngine>(TaskCreationOptions.RunContinuationsAsynchronously));
    }
}
