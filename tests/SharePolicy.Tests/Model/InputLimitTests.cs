using SharePolicy.Model;
using SharePolicy.Questions;

namespace SharePolicy.Tests.Model;

/// <summary>
/// Every list and text the model holds is bounded (<see cref="ModelLimits"/>), so a request's check and its decision
/// are bounded too; a value past a bound is refused naming it and the bound.
/// </summary>
public class InputLimitTests
{
    private static IEnumerable<CatalogItem> Items(int count) =>
        Enumerable.Range(0, count).Select(i => new CatalogItem($"item{i}", $"信息项{i}", ItemKind.BusinessItem));

    [Fact]
    public void An_entry_may_list_the_most_items_the_model_allows()
    {
        new CatalogEntry("330100-0001", "户籍人口信息", Fixtures.Provider, ResourceCategory.Departmental, ShareType.Conditional, Items(ModelLimits.MaxItemsPerEntry))
            .Items.Should().HaveCount(ModelLimits.MaxItemsPerEntry);
    }

    [Theory]
    [InlineData(ModelLimits.MaxItemsPerEntry + 1)]
    [InlineData(100_000)]
    public void An_entry_with_more_items_is_refused_naming_the_limit(int count)
    {
        var act = () => new CatalogEntry("330100-0001", "户籍人口信息", Fixtures.Provider, ResourceCategory.Departmental, ShareType.Conditional, Items(count));

        act.Should().Throw<ArgumentException>().WithParameterName("items")
            .WithMessage($"items has {count} elements; at most {ModelLimits.MaxItemsPerEntry} are allowed.*");
    }

    [Fact]
    public void A_request_for_more_items_than_an_entry_may_hold_is_refused_counting_them()
    {
        var codes = Enumerable.Range(0, 100_000).Select(i => $"item{i}").ToArray();

        var act = () => new AccessRequest(Fixtures.Requester, "330100-0001", codes, Fixtures.Purpose, ShareMethod.OnlineQuery, Fixtures.Submitted);

        act.Should().Throw<ArgumentException>().WithParameterName("requestedItems")
            .WithMessage($"requestedItems has 100000 elements; at most {ModelLimits.MaxItemsPerEntry} are allowed.*");
    }

    [Fact]
    public void A_request_for_every_item_of_the_largest_entry_is_checked_and_decided_item_by_item()
    {
        var entry = new CatalogEntry("330100-0001", "户籍人口信息", Fixtures.Provider, ResourceCategory.Departmental, ShareType.Conditional,
            Items(ModelLimits.MaxItemsPerEntry));
        var request = Fixtures.Request(items: entry.Items.Select(item => item.Code).Reverse().ToArray());
        var engine = new SharePolicy.Engine.SharePolicyEngine(
            SharePolicy.Compilation.RuleSetLoader.LoadDefault(), SharePolicy.Calendar.WorkingDayCalendar.China, new NodaTime.Testing.FakeClock(Fixtures.Submitted));

        var decision = engine.DecideAccess(request, entry);

        decision.Items.Select(item => item.ItemCode).Should().Equal(entry.Items.Select(item => item.Code), "in the catalog's order");
        decision.Outcome.Should().Be(AccessOutcome.ApplicationRequired);
    }

    [Fact]
    public void A_code_longer_than_64_characters_is_refused()
    {
        var act = () => new CatalogItem(new string('a', 65), "姓名", ItemKind.BusinessItem);

        act.Should().Throw<ArgumentException>().WithParameterName("code")
            .WithMessage("code '*' is not a code: a code is 1 to 64 characters, not 65.*");
    }

    [Fact]
    public void A_name_longer_than_200_characters_is_refused()
    {
        var act = () => new Department("11330100MB0000001X", new string('局', 201), GovernmentLevel.Municipal, "330100");

        act.Should().Throw<ArgumentException>().WithParameterName("name")
            .WithMessage("name is 201 characters long; at most 200 are allowed*");
    }

    [Fact]
    public void A_record_with_more_entries_of_a_kind_than_a_review_takes_is_refused()
    {
        var issues = Enumerable.Range(0, ModelLimits.MaxRecordEntries + 1).Select(i => new QualityIssue("330100-0001", QualityIssueKind.Stale, "未及时更新"));

        var act = () => new DepartmentRecord(Fixtures.Provider) { QualityIssues = issues.ToArray() };

        act.Should().Throw<ArgumentException>().WithParameterName("QualityIssues")
            .WithMessage($"QualityIssues has {ModelLimits.MaxRecordEntries + 1} elements; at most {ModelLimits.MaxRecordEntries} are allowed.*");
    }
}
