using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using SharePolicy.Compilation;
using SharePolicy.Engine;
using SharePolicy.Hosting;
using SharePolicy.Model;
using SharePolicy.Questions;
using SharePolicy.Testing;

namespace SharePolicy.Tests.Hosting;

public class SharePolicyEngineProviderTests
{
    [Fact]
    public async Task A_reload_makes_the_edited_rule_files_current()
    {
        using var files = new TempFiles();
        var rules = Path.Combine(files.Root, "rules");
        HostingFixtures.WriteRuleSet(rules, version: 1);
        var provider = await SharePolicyEngineProvider.CreateAsync(new SharePolicyOptions { RuleSetDirectory = rules }, SystemClock.Instance);
        var before = provider.Current;

        HostingFixtures.WriteRuleSet(rules, version: 2);
        var reloaded = await provider.ReloadAsync();

        provider.Current.Should().BeSameAs(reloaded);
        Ids(reloaded).Should().Equal("set-2.a", "set-2.b");
        Ids(before).Should().Equal("set-1.a", "set-1.b");
    }

    [Fact]
    public async Task A_reload_that_fails_leaves_the_current_engine_in_place()
    {
        using var files = new TempFiles();
        var rules = Path.Combine(files.Root, "rules");
        HostingFixtures.WriteRuleSet(rules, version: 1);
        var provider = await SharePolicyEngineProvider.CreateAsync(new SharePolicyOptions { RuleSetDirectory = rules }, SystemClock.Instance);
        var before = provider.Current;
        files.Write("rules/b.yaml", "question: access\nrules: [ { id: Bad } ]\n");

        var reload = () => provider.ReloadAsync();

        await reload.Should().ThrowAsync<RuleSetLoadException>();
        provider.Current.Should().BeSameAs(before);
    }

    [Fact]
    public async Task The_engine_resolved_from_services_is_the_current_one_at_each_resolution()
    {
        using var files = new TempFiles();
        var rules = Path.Combine(files.Root, "rules");
        HostingFixtures.WriteRuleSet(rules, version: 1);
        using var services = new ServiceCollection().AddSharePolicy(options => options.RuleSetDirectory = rules).BuildServiceProvider();
        var first = services.GetRequiredService<SharePolicyEngine>();

        HostingFixtures.WriteRuleSet(rules, version: 2);
        await services.GetRequiredService<SharePolicyEngineProvider>().ReloadAsync();

        Ids(services.GetRequiredService<SharePolicyEngine>()).Should().Equal("set-2.a", "set-2.b");
        Ids(first).Should().Equal("set-1.a", "set-1.b");
    }

    [Fact]
    public async Task Invalid_options_are_refused_without_dependency_injection_too()
    {
        var create = () => SharePolicyEngineProvider.CreateAsync(new SharePolicyOptions { TimeZoneId = "Mars/Olympus" }, SystemClock.Instance);

        (await create.Should().ThrowAsync<OptionsValidationException>()).Which.Failures.Should().Equal(
            "SharePolicy:TimeZoneId 'Mars/Olympus' is not a time zone; write an IANA name such as Asia/Shanghai.");
    }

    [Fact]
    public async Task Decisions_made_while_the_rule_set_is_reloaded_each_come_from_one_complete_set()
    {
        const int Reloads = 12;
        const int Deciders = 4;
        using var files = new TempFiles();
        var rules = Path.Combine(files.Root, "rules");
        HostingFixtures.WriteRuleSet(rules, version: 0);
        var provider = await SharePolicyEngineProvider.CreateAsync(new SharePolicyOptions { RuleSetDirectory = rules }, SystemClock.Instance);
        var request = Fixtures.Request();
        var entry = Fixtures.Entry(ShareType.Unconditional);
        var fired = new ConcurrentDictionary<string, int>(); // the rules each decision fired, and how many decisions did
        using var firstDecisions = new CountdownEvent(Deciders);
        using var reloadsDone = new ManualResetEventSlim();

        void Decide() => fired.AddOrUpdate(string.Join(" ", provider.Current.DecideAccess(request, entry).FiredRules), 1, (_, count) => count + 1);

        var deciders = Enumerable.Range(0, Deciders).Select(_ => Task.Run(() =>
        {
            Decide(); // before any reload: version 0
            firstDecisions.Signal();
            while (!reloadsDone.IsSet)
            {
                Decide();
            }

            Decide(); // after the last reload
        })).ToArray();

        firstDecisions.Wait(TimeSpan.FromSeconds(30)).Should().BeTrue();
        for (var version = 1; version <= Reloads; version++)
        {
            HostingFixtures.WriteRuleSet(rules, version);
            await provider.ReloadAsync();
        }

        reloadsDone.Set();
        await Task.WhenAll(deciders);

        var complete = Enumerable.Range(0, Reloads + 1).Select(version => $"set-{version}.a set-{version}.b").ToHashSet();
        fired.Keys.Should().OnlyContain(rulesFired => complete.Contains(rulesFired), "every decision fires both rules of one version");
        fired.Keys.Should().Contain("set-0.a set-0.b").And.Contain($"set-{Reloads}.a set-{Reloads}.b");
    }

    private static IEnumerable<string> Ids(SharePolicyEngine engine) => engine.Rules.Rules.Select(rule => rule.Id);
}
