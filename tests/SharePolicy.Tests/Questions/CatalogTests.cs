using NodaTime;
using NodaTime.Testing;
using SharePolicy.Calendar;
using SharePolicy.Compilation;
using SharePolicy.Engine;
using SharePolicy.Model;
using SharePolicy.Questions;
using SharePolicy.Rules;

namespace SharePolicy.Tests.Questions;

/// <summary>
/// The host's catalog (Art. 8 ¶2: the catalog is the basis of sharing): looked up per request, in memory or read from
/// catalog files; a resource it does not list is Denied, never an exception and never a grant.
/// </summary>
public sealed class CatalogTests : IDisposable
{
    private readonly SharePolicyEngine _engine = new(RuleSetLoader.LoadDefault(), WorkingDayCalendar.China, new FakeClock(Fixtures.Submitted));
    private readonly string _directory = Directory.CreateTempSubdirectory("sharepolicy-catalog-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void A_resource_the_catalog_does_not_list_is_denied_not_in_the_catalog_with_the_rule_sets_that_were_in_force()
    {
        var catalog = new InMemoryCatalog([Fixtures.Entry(ShareType.Unconditional)]);
        var request = new AccessRequest(Fixtures.Requester, "330100-9999", [], Fixtures.Purpose, ShareMethod.OnlineQuery, Fixtures.Submitted);

        var decision = _engine.DecideAccess(request, catalog);

        decision.Outcome.Should().Be(AccessOutcome.Denied);
        decision.Items.Should().BeEmpty();
        decision.Grant.Should().BeNull();
        decision.Reasons.Should().ContainSingle().Which.RuleId.Should().Be(Reason.NotInCatalog);
        decision.Reasons[0].Text.En.Should().Contain("'330100-9999'");
        decision.FiredRules.Should().BeEmpty();
        decision.RuleSets.Select(stamp => stamp.Id).Should().Equal("cn.national.measures-2016");
    }

    [Fact]
    public void A_resource_the_catalog_lists_is_decided_on_its_entry()
    {
        var catalog = new InMemoryCatalog([Fixtures.Entry(ShareType.Unconditional)]);

        var decision = _engine.DecideAccess(Fixtures.Request(), catalog);

        decision.Outcome.Should().Be(AccessOutcome.Granted);
        decision.Grant!.Items.Should().Equal("name");
    }

    [Fact]
    public void A_reply_to_an_application_told_not_in_the_catalog_is_never_sound()
    {
        var request = new AccessRequest(Fixtures.Requester, "330100-0001", [], Fixtures.Purpose, ShareMethod.OnlineQuery, Fixtures.Submitted);
        var told = _engine.DecideAccess(request, new InMemoryCatalog([]));
        var reply = new ProviderReply(true, Fixtures.Submitted + Duration.FromDays(1))
        {
            Scope = ["name"],
            PurposeOfUse = UsePurpose.DataVerification,
            Method = ShareMethod.OnlineQuery,
        };

        var review = _engine.ReviewReply(request, Fixtures.Entry(ShareType.Conditional), reply, told);

        review.Outcome.Should().Be(ReplyReviewOutcome.Defective);
        review.Reasons.Select(reason => reason.RuleId).Should().Equal(Reason.NoRuleApplies);
    }

    [Fact]
    public void A_catalog_listing_a_resource_twice_is_refused_naming_it()
    {
        var act = () => new InMemoryCatalog([Fixtures.Entry(ShareType.Unconditional), Fixtures.Entry(ShareType.Conditional)]);

        act.Should().Throw<ArgumentException>().WithParameterName("entries").WithMessage("*'330100-0001' more than once*");
    }

    [Fact]
    public void A_catalog_keeps_its_own_copy_of_the_entries()
    {
        var entries = new List<CatalogEntry> { Fixtures.Entry(ShareType.Unconditional) };
        var catalog = new InMemoryCatalog(entries);

        entries.Clear();

        catalog.Find("330100-0001").Should().NotBeNull();
        catalog.Entries.Should().HaveCount(1);
    }

    [Fact]
    public async Task Catalog_files_are_read_from_a_directory_and_looked_up_by_code()
    {
        await File.WriteAllTextAsync(Path.Combine(_directory, "public-security.yaml"), """
            entries:
              - code: "330100-GA-0007"
                name: 机动车登记信息
                provider: { code: "11330100MB0000002X", name: 杭州市公安局, level: Municipal, region: "330100" }
                category: Departmental
                shareType: Conditional
                shareMethods: [OnlineQuery]
                items: [{ code: plate, name: 号牌号码, kind: BusinessItem }]
            """);

        var catalog = await FileCatalog.LoadAsync(_directory);

        catalog.Entries.Should().ContainSingle();
        var entry = catalog.Find("330100-GA-0007")!;
        entry.ShareMethods.Should().Equal(ShareMethod.OnlineQuery);
        entry.Provider.Name.Should().Be("杭州市公安局");
        catalog.Find("330100-GA-0008").Should().BeNull();
    }

    [Fact]
    public async Task Every_problem_of_the_catalog_files_is_reported_with_its_place()
    {
        const string Entry = """
              - code: "330100-GA-0007"
                name: 机动车登记信息
                provider: { code: "11330100MB0000002X", name: 杭州市公安局, level: Municipal, region: "330100" }
                category: Departmental
                shareType: Conditional
                items: [{ code: plate, name: 号牌号码, kind: BusinessItem }]
            """;
        await File.WriteAllTextAsync(Path.Combine(_directory, "a.yaml"), "entries:\n" + Entry);
        await File.WriteAllTextAsync(Path.Combine(_directory, "b.yaml"), "entries:\n" + Entry + "\n  - { code: \"330100-GA-0008\", name: x, shareType: Sometimes }\n");

        var act = () => FileCatalog.LoadAsync(_directory);

        var errors = (await act.Should().ThrowAsync<CatalogLoadException>()).Which.Errors;
        errors.Should().Contain(error => error.Contains("b.yaml:2:5: resource '330100-GA-0007' is already listed at", StringComparison.Ordinal)
            && error.Contains("a.yaml:2:5", StringComparison.Ordinal));
        errors.Should().Contain(error => error.Contains("b.yaml:8:", StringComparison.Ordinal) && error.Contains("Sometimes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_missing_directory_and_a_cancelled_load_say_so()
    {
        var missing = () => FileCatalog.LoadAsync(Path.Combine(_directory, "nowhere"));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await File.WriteAllTextAsync(Path.Combine(_directory, "a.yaml"), "entries: []\n");

        await missing.Should().ThrowAsync<DirectoryNotFoundException>().WithMessage("*nowhere*");
        await ((Func<Task>)(() => FileCatalog.LoadAsync(_directory, cancelled.Token))).Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public void A_department_is_a_State_Council_department_or_a_local_governments_department_unless_it_says_otherwise()
    {
        new Department("11100000000019705X", "国家发展和改革委员会", GovernmentLevel.Central, "100000").Kind.Should().Be(BodyKind.StateCouncilDepartment);
        Fixtures.Requester.Kind.Should().Be(BodyKind.LocalGovernmentDepartment);
        var act = () => Fixtures.Requester with { Kind = (BodyKind)42 };

        act.Should().Throw<ArgumentException>().WithParameterName("Kind").WithMessage("*42*");
    }

    [Theory]
    [InlineData(GovernmentLevel.Municipal, BodyKind.StateCouncilDepartment)]
    [InlineData(GovernmentLevel.Central, BodyKind.ProvincialGovernment)]
    [InlineData(GovernmentLevel.Central, BodyKind.LocalGovernmentDepartment)]
    public void A_kind_that_does_not_fit_the_level_is_refused_naming_both(GovernmentLevel level, BodyKind kind)
    {
        var act = () => new Department("11330100MB0000001X", "某单位", level, "330100") { Kind = kind };

        act.Should().Throw<ArgumentException>().WithParameterName("Kind").WithMessage($"*{level}*{kind}*");
    }
}
