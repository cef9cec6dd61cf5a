using NodaTime.Testing;
using SharePolicy.Compilation;
using SharePolicy.Engine;
using SharePolicy.Model;

namespace SharePolicy.Tests.Engine;

public class SharePolicyEngineTests
{
    private readonly FakeClock _clock = new(Fixtures.Submitted);
    private readonly SharePolicyEngine _engine;

    public SharePolicyEngineTests()
    {
        _engine = new SharePolicyEngine(RuleSetLoader.LoadDefault(), _clock);
    }

    [Fact]
    public void Unconditional_resource_is_granted_from_the_platform()
    {
        var decision = _engine.DecideAccess(Fixtures.Request(), Fixtures.Entry(ShareType.Unconditional));

        decision.Outcome.Should().Be(AccessOutcome.Granted);
        decision.FiredRules.Should().Equal("access.unconditional.take-directly");
        decision.Articles.Should().Equal(ArticleReference.Of(9), ArticleReference.OfParagraph(12, 1));
        decision.Obligations.Select(o => o.Kind).Should().Equal(ObligationKind.TakeFromPlatform);
        decision.DecidedAt.Should().Be(Fixtures.Submitted);
    }
}
