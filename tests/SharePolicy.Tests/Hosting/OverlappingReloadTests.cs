using System.Diagnostics;
using System.Text;
using NodaTime;
using SharePolicy.Engine;
using SharePolicy.Hosting;
using SharePolicy.Testing;

namespace SharePolicy.Tests.Hosting;

public class OverlappingReloadTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [UnixFact]
    public async Task A_reload_that_started_first_but_finished_last_leaves_the_later_reloads_engine_current()
    {
        using var files = new TempFiles();

        var (provider, _, older, newer) = await OvertakenReload(files);

        older.Should().BeSameAs(newer);
        provider.Current.Should().BeSameAs(newer);
        Ids(provider.Current).Should().Equal("set-2.a", "set-2.b");
    }

    [UnixFact]
    public async Task A_reload_after_an_overtaken_one_becomes_current()
    {
        using var files = new TempFiles();
        var (provider, rules, _, _) = await OvertakenReload(files);

        HostingFixtures.WriteRuleSet(rules, version: 4);
        var latest = await provider.ReloadAsync().WaitAsync(Patience);

        provider.Current.Should().BeSameAs(latest);
        Ids(latest).Should().Equal("set-4.a", "set-4.b");
    }

    // Starts a reload whose rule file is a named pipe, so it waits until the test writes the file's text into the
    // pipe; meanwhile a later reload of set 2 completes. The first reload then reads set 3 and finishes last.
    private static async Task<(SharePolicyEngineProvider Provider, string Rules, SharePolicyEngine Older, SharePolicyEngine Newer)> OvertakenReload(TempFiles files)
    {
        var rules = Path.Combine(files.Root, "rules");
        HostingFixtures.WriteRuleSet(rules, version: 1);
        var provider = await SharePolicyEngineProvider.CreateAsync(new SharePolicyOptions { RuleSetDirectory = rules }, SystemClock.Instance);
        var slowFile = Path.Combine(rules, "a.yaml");
        File.Delete(slowFile);
        MakeNamedPipe(slowFile);

        var older = Task.Run(() => provider.ReloadAsync());
        SharePolicyEngine newer;
        await using (var pipe = await Task.Run(() => new FileStream(slowFile, FileMode.Open, FileAccess.Write)).WaitAsync(Patience))
        {
            File.Delete(slowFile);
            HostingFixtures.WriteRuleSet(rules, version: 2);
            newer = await provider.ReloadAsync().WaitAsync(Patience);
            provider.Current.Should().BeSameAs(newer);

            await pipe.WriteAsync(Encoding.UTF8.GetBytes(HostingFixtures.RuleFile(3, "a")));
        }

        return (provider, rules, await older.WaitAsync(Patience), newer);
    }

    private static void MakeNamedPipe(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo") { ArgumentList = { path }, UseShellExecute = false })!;
        mkfifo.WaitForExit();
        mkfifo.ExitCode.Should().Be(0);
    }

    private static IEnumerable<string> Ids(SharePolicyEngine engine) => engine.Rules.Rules.Select(rule => rule.Id);
}

/// <summary>A fact that needs named pipes (mkfifo), so is skipped on Windows.</summary>
internal sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Needs named pipes made with mkfifo.";
        }
    }
}
