using SharePolicy.Compilation;
using SharePolicy.Model;
using SharePolicy.Questions;

namespace SharePolicy.Tests.Compilation;

public class SessionPoolTests
{
    private static readonly RuleLibrary Rules = RuleSetLoader.Load([new RuleFile("rules/access.yaml", """
        question: access
        rules:
          - id: access.conditional
            articles: ["9"]
            when: "Item.ShareType == ShareType.Conditional"
            effect: Permit
            outcome: ApplicationRequired
            reason: { zh-Hans: 有条件共享, en: conditional }
        """)]);

    private static readonly SessionPool Pool = Rules.Stack(1).Sessions(PolicyQuestions.Access)!;

    [Fact]
    public void A_session_given_back_holds_none_of_the_facts_it_decided()
    {
        var facts = Facts(ShareType.Conditional);

        using var budget = WorkBudget.Start();
        Pool.Fire([facts]);
        var again = () => Pool.Fire([facts]);

        // Inserting a fact a session still holds throws, so this passes only if the first decision retracted it.
        again.Should().NotThrow();
        facts.Fired.Select(rule => rule.Id).Should().Equal("access.conditional", "access.conditional");
    }

    [Fact]
    public void Facts_a_rule_does_not_match_record_no_firing_in_a_reused_session()
    {
        var matching = Facts(ShareType.Conditional);
        var other = Facts(ShareType.Unconditional);

        using var budget = WorkBudget.Start();
        Pool.Fire([matching]);
        Pool.Fire([other]);

        matching.Fired.Should().ContainSingle();
        other.Fired.Should().BeEmpty();
    }

    [Fact]
    public void Sessions_given_back_beyond_the_limit_are_let_go()
    {
        var pool = new SessionPool(Pool.Factory, maxIdle: 2);
        var borrowed = Enumerable.Range(0, 5).Select(_ => pool.Rent()).ToArray();

        foreach (var session in borrowed)
        {
            pool.Return(session);
        }

        pool.IdleCount.Should().Be(2);
        new[] { pool.Rent(), pool.Rent(), pool.Rent() }.Should().OnlyHaveUniqueItems()
            .And.Contain(borrowed[0]).And.Contain(borrowed[1]).And.NotContain(borrowed[2..]);
        pool.IdleCount.Should().Be(0);
    }

    [Fact]
    public void A_negative_limit_is_refused()
    {
        var act = () => new SessionPool(Pool.Factory, maxIdle: -1);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxIdle");
    }

    private static AccessFacts Facts(ShareType itemShareType)
    {
        var item = new CatalogItem("name", "姓名", ItemKind.BusinessItem, itemShareType);
        var entry = Fixtures.Entry(ShareType.Conditional, items: item);
        return new AccessFacts(Fixtures.Request(), entry, item);
    }
}
