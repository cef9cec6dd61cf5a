using SharePolicy.Model;

namespace SharePolicy.Bench.Tests;

public class RequestMixTests
{
    [Fact]
    public void The_same_seed_gives_the_same_requests()
    {
        Describe(RequestMix.Generate(500, seed: 7)).Should().Equal(Describe(RequestMix.Generate(500, seed: 7)));
    }

    [Fact]
    public void Another_seed_gives_other_requests()
    {
        Describe(RequestMix.Generate(500, seed: 7)).Should().NotEqual(Describe(RequestMix.Generate(500, seed: 8)));
    }

    // Pinned so that a change to the generator, which would make benchmark runs incomparable, is seen.
    [Fact]
    public void The_default_mix_of_10000_has_its_known_make_up()
    {
        var cases = RequestMix.Generate(10_000);

        using var scope = new FluentAssertions.Execution.AssertionScope();
        cases.Should().HaveCount(10_000);
        cases.Select(c => c.Entry.ResourceCode).Should().OnlyHaveUniqueItems();
        cases.Count(c => c.Request.Purpose is null).Should().Be(1008);
        cases.Count(c => c.Entry.Classified).Should().Be(929);
        cases.Count(c => c.Request.Network == NetworkZone.Internal).Should().Be(3089);
        cases.Count(c => c.Request.RequestedItems.Count == 0).Should().Be(4989);
        cases.Count(c => !c.Entry.ShareMethods.Contains(c.Request.Method)).Should().Be(965);
        cases.Count(c => c.Request.Requester.Kind == BodyKind.Other).Should().Be(495);
        cases.Sum(c => c.Entry.Items.Count).Should().Be(25_139);
        cases.Count(c => c.Request.SubmittedAt >= NodaTime.Instant.FromUtc(2025, 7, 31, 16, 0)).Should().Be(4028);
        cases.Count(c => c.Entry.WorkSecret).Should().Be(501);
        cases.Count(c => c.Entry.Status != CatalogStatus.Published).Should().Be(529);
        cases.Count(c => c.Request.UseBasis is null).Should().Be(418);
        cases.Count(c => !c.Request.ApprovedByUnitHead).Should().Be(428);
        cases.Count(c => c.Request.Channel == SharingChannel.SeparateExchangeSystem).Should().Be(285);
    }

    [Fact]
    public void Every_request_names_its_entrys_resource_and_only_its_items()
    {
        var cases = RequestMix.Generate(2000);

        cases.Should().AllSatisfy(c =>
        {
            c.Request.ResourceCode.Should().Be(c.Entry.ResourceCode);
            c.Request.RequestedItems.Should().BeSubsetOf(c.Entry.Items.Select(item => item.Code));
        });
    }

    [Fact]
    public void A_negative_count_is_rejected_and_zero_gives_none()
    {
        var act = () => RequestMix.Generate(-1);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("count");
        RequestMix.Generate(0).Should().BeEmpty();
    }

    private static string[] Describe(IEnumerable<AccessCase> cases) => cases
        .Select(c => $"{c.Entry.ResourceCode}|{c.Entry.Category}|{c.Entry.ShareType}|{c.Entry.Classified}|"
            + $"{string.Join(",", c.Entry.Items.Select(i => $"{i.Code}:{i.Kind}:{i.ShareType}"))}|"
            + $"{string.Join(",", c.Request.RequestedItems)}|{c.Request.Purpose?.Use}|{c.Request.Network}|{c.Request.SubmittedAt}")
        .ToArray();
}
