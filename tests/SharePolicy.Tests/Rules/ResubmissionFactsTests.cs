using SharePolicy.Model;
using SharePolicy.Questions;

namespace SharePolicy.Tests.Rules;

public class ResubmissionFactsTests
{
    [Fact]
    public void Without_a_source_there_is_no_item_and_no_source_share_type()
    {
        var facts = new ResubmissionFacts(new DocumentDemand(Fixtures.Requester, PartyKind.NaturalPerson, "name", null));

        facts.Source.Should().BeNull();
        facts.Item.Should().BeNull();
        facts.SourceShareType.Should().BeNull();
    }

    [Fact]
    public void An_item_with_its_own_share_type_gives_that_share_type_not_its_entrys()
    {
        var item = new CatalogItem("name", "姓名", ItemKind.BusinessItem, ShareType.NotShared);
        var entry = Fixtures.Entry(ShareType.Unconditional, ResourceCategory.Departmental, item);

        var facts = new ResubmissionFacts(new DocumentDemand(Fixtures.Requester, PartyKind.NaturalPerson, "name", entry));

        facts.Source.Should().BeSameAs(entry);
        facts.Item.Should().BeSameAs(item);
        facts.SourceShareType.Should().Be(ShareType.NotShared);
    }

    [Fact]
    public void An_item_without_a_share_type_of_its_own_gives_its_entrys()
    {
        var item = new CatalogItem("name", "姓名", ItemKind.BusinessItem);
        var other = new CatalogItem("id", "身份证号", ItemKind.BaseItem, ShareType.NotShared);
        var entry = Fixtures.Entry(ShareType.Conditional, ResourceCategory.Departmental, other, item);

        var facts = new ResubmissionFacts(new DocumentDemand(Fixtures.Requester, PartyKind.LegalPerson, "name", entry));

        facts.Item.Should().BeSameAs(item);
        facts.SourceShareType.Should().Be(ShareType.Conditional);
    }
}
