using SharePolicy.Model;
using SharePolicy.Questions;

namespace SharePolicy.Tests.Model;

public class ModelTextAndScopeTests
{
    private static CatalogItem Item { get; } = new("name", "姓名", ItemKind.BusinessItem);

    [Fact]
    public void A_grant_of_no_items_is_rejected_naming_the_resource()
    {
        var act = () => new ShareGrant(Fixtures.Requester, "330100-0001", [], Fixtures.Purpose);

        act.Should().Throw<ArgumentException>()
            .WithMessage("A grant of '330100-0001' must cover at least one item. (Parameter 'items')")
            .Which.ParamName.Should().Be("items");
    }

    [Fact]
    public void A_grant_of_one_item_keeps_it()
    {
        var grant = new ShareGrant(Fixtures.Requester, "330100-0001", ["name"], Fixtures.Purpose);

        grant.Items.Should().Equal("name");
    }

    [Fact]
    public void A_use_of_no_items_is_rejected()
    {
        var act = () => new DataUse(Fixtures.Requester, Fixtures.Purpose, []);

        act.Should().Throw<ArgumentException>()
            .WithMessage("A use must name at least one item. (Parameter 'items')")
            .Which.ParamName.Should().Be("items");
    }

    [Fact]
    public void A_use_of_one_item_keeps_it()
    {
        var use = new DataUse(Fixtures.Requester, Fixtures.Purpose, ["name"]);

        use.Items.Should().Equal("name");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t")]
    public void CatalogEntry_rejects_a_blank_format(string format)
    {
        var act = () => new CatalogEntry("330100-0001", "户籍人口信息", Fixtures.Provider, ResourceCategory.Departmental, ShareType.Unconditional, [Item]) { Format = format };

        act.Should().Throw<ArgumentException>()
            .WithMessage($"Format must have a visible character (was '{Shown(format)}'{((format).Length == 0 ? "" : $": U+{(int)format[0]:X4}")}).*")
            .Which.ParamName.Should().Be("Format");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t")]
    public void CatalogEntry_rejects_a_blank_update_cycle(string cycle)
    {
        var act = () => new CatalogEntry("330100-0001", "户籍人口信息", Fixtures.Provider, ResourceCategory.Departmental, ShareType.Unconditional, [Item]) { UpdateCycle = cycle };

        act.Should().Throw<ArgumentException>()
            .WithMessage($"UpdateCycle must have a visible character (was '{Shown(cycle)}'{((cycle).Length == 0 ? "" : $": U+{(int)cycle[0]:X4}")}).*")
            .Which.ParamName.Should().Be("UpdateCycle");
    }

    [Fact]
    public void CatalogEntry_keeps_a_stated_format_and_update_cycle()
    {
        var entry = new CatalogEntry("330100-0001", "户籍人口信息", Fixtures.Provider, ResourceCategory.Departmental, ShareType.Unconditional, [Item])
        {
            Format = "结构化数据 / CSV",
            UpdateCycle = "每日",
        };

        entry.Format.Should().Be("结构化数据 / CSV");
        entry.UpdateCycle.Should().Be("每日");
    }

    [Fact]
    public void CatalogEntry_keeps_a_format_and_update_cycle_set_to_null()
    {
        var entry = new CatalogEntry("330100-0001", "户籍人口信息", Fixtures.Provider, ResourceCategory.Departmental, ShareType.Unconditional, [Item])
        {
            Format = null,
            UpdateCycle = null,
        };

        entry.Format.Should().BeNull();
        entry.UpdateCycle.Should().BeNull();
    }

    [Fact]
    public void CatalogEntry_states_no_format_or_update_cycle_by_default()
    {
        var entry = Fixtures.Entry(ShareType.Unconditional);

        entry.Format.Should().BeNull();
        entry.UpdateCycle.Should().BeNull();
    }

    [Fact]
    public void CatalogEntry_is_written_as_its_code_and_name()
    {
        Fixtures.Entry(ShareType.Conditional).ToString().Should().Be("330100-0001 户籍人口信息");
    }

    [Fact]
    public void BilingualText_is_written_Chinese_first_then_English()
    {
        new BilingualText("春节", "Spring Festival").ToString().Should().Be("春节 / Spring Festival");
    }

    private static string Shown(string text) => text.Replace("\t", "\\u0009", StringComparison.Ordinal);
}
