using SharePolicy.Model;
using SharePolicy.Questions;

namespace SharePolicy.Tests.Model;

public class ModelValidationTests
{
    private static CatalogItem Name { get; } = new("name", "姓名", ItemKind.BusinessItem);

    private static CatalogItem IdNumber { get; } = new("id-number", "公民身份号码", ItemKind.BaseItem);

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t")]
    public void Department_rejects_a_blank_code(string code)
    {
        var act = () => new Department(code, "杭州市民政局", GovernmentLevel.Municipal, "330100");

        ShouldRejectCode(act, "code", code);
    }

    [Fact]
    public void Department_rejects_a_null_code()
    {
        var act = () => new Department(null!, "杭州市民政局", GovernmentLevel.Municipal, "330100");

        ShouldRejectNull(act, "code");
    }

    [Fact]
    public void Department_rejects_a_blank_name()
    {
        var act = () => new Department("11330100MB0000001X", " ", GovernmentLevel.Municipal, "330100");

        ShouldRejectBlank(act, "name", " ");
    }

    [Fact]
    public void Department_rejects_a_blank_region()
    {
        var act = () => new Department("11330100MB0000001X", "杭州市民政局", GovernmentLevel.Municipal, "");

        ShouldRejectRegion(act, "region", "");
    }

    [Fact]
    public void Department_rejects_a_null_region()
    {
        var act = () => new Department("11330100MB0000001X", "杭州市民政局", GovernmentLevel.Municipal, null!);

        ShouldRejectNull(act, "region");
    }

    [Fact]
    public void Department_rejects_an_undefined_level()
    {
        var act = () => new Department("11330100MB0000001X", "杭州市民政局", (GovernmentLevel)42, "330100");

        ShouldRejectUndefined(act, "level", 42, "Central, Provincial, Municipal, County");
    }

    [Fact]
    public void CatalogItem_rejects_a_blank_code()
    {
        var act = () => new CatalogItem("  ", "姓名", ItemKind.BusinessItem);

        ShouldRejectCode(act, "code", "  ");
    }

    [Fact]
    public void CatalogItem_rejects_a_null_name()
    {
        var act = () => new CatalogItem("name", null!, ItemKind.BusinessItem);

        ShouldRejectNull(act, "name");
    }

    [Fact]
    public void CatalogItem_rejects_an_undefined_kind()
    {
        var act = () => new CatalogItem("name", "姓名", (ItemKind)42);

        ShouldRejectUndefined(act, "kind", 42, "BaseItem, BusinessItem");
    }

    [Fact]
    public void CatalogItem_rejects_an_undefined_share_type()
    {
        var act = () => new CatalogItem("name", "姓名", ItemKind.BusinessItem, (ShareType)42);

        ShouldRejectUndefined(act, "shareType", 42, "Unconditional, Conditional, NotShared");
    }

    [Fact]
    public void CatalogItem_without_a_share_type_follows_its_entry()
    {
        new CatalogItem("name", "姓名", ItemKind.BusinessItem).ShareType.Should().BeNull();
        new CatalogItem("name", "姓名", ItemKind.BusinessItem, ShareType.NotShared).ShareType.Should().Be(ShareType.NotShared);
    }

    [Fact]
    public void CatalogEntry_rejects_a_blank_resource_code()
    {
        var act = () => Entry(resourceCode: " ");

        ShouldRejectCode(act, "resourceCode", " ");
    }

    [Fact]
    public void CatalogEntry_rejects_a_blank_name()
    {
        var act = () => Entry(name: "");

        ShouldRejectBlank(act, "name", "");
    }

    [Fact]
    public void CatalogEntry_rejects_a_null_provider()
    {
        var act = () => new CatalogEntry("330100-0001", "户籍人口信息", null!, ResourceCategory.Base, ShareType.Conditional, [Name]);

        ShouldRejectNull(act, "provider");
    }

    [Fact]
    public void CatalogEntry_rejects_an_undefined_category()
    {
        var act = () => Entry(category: (ResourceCategory)42);

        ShouldRejectUndefined(act, "category", 42, "Base, Thematic, Departmental");
    }

    [Fact]
    public void CatalogEntry_rejects_an_undefined_share_type()
    {
        var act = () => Entry(shareType: (ShareType)42);

        ShouldRejectUndefined(act, "shareType", 42, "Unconditional, Conditional, NotShared");
    }

    [Fact]
    public void CatalogEntry_rejects_null_items()
    {
        var act = () => new CatalogEntry(
            "330100-0001", "户籍人口信息", Fixtures.Provider, ResourceCategory.Base, ShareType.Conditional, null!);

        ShouldRejectNull(act, "items");
    }

    [Fact]
    public void CatalogEntry_rejects_an_entry_with_no_items()
    {
        var act = () => Entry(items: []);

        act.Should().Throw<ArgumentException>()
            .WithMessage("Catalog entry '330100-0001' must have at least one item.*")
            .Which.ParamName.Should().Be("items");
    }

    [Fact]
    public void CatalogEntry_rejects_a_repeated_item_code()
    {
        var act = () => Entry(items: [Name, IdNumber, new CatalogItem("name", "曾用名", ItemKind.BusinessItem)]);

        act.Should().Throw<ArgumentException>()
            .WithMessage("Catalog entry '330100-0001' lists item code 'name' more than once.*")
            .Which.ParamName.Should().Be("items");
    }

    [Fact]
    public void CatalogEntry_tells_item_codes_apart_by_case()
    {
        var entry = Entry(items: [Name, new CatalogItem("Name", "英文姓名", ItemKind.BusinessItem)]);

        entry.Items.Select(item => item.Code).Should().Equal("name", "Name");
        entry.FindItem("Name")!.Name.Should().Be("英文姓名");
    }

    [Fact]
    public void CatalogEntry_rejects_a_null_item()
    {
        var act = () => Entry(items: [Name, null!]);

        act.Should().Throw<ArgumentException>()
            .WithMessage("items must not contain null (at index 1).*")
            .Which.ParamName.Should().Be("items");
    }

    [Fact]
    public void CatalogEntry_rejects_a_blank_base_resource()
    {
        var blank = () => new CatalogEntry("330100-0001", "户籍人口信息", Fixtures.Provider, ResourceCategory.Base, ShareType.Conditional, [Name])
        {
            BaseResource = " ",
        };

        ShouldRejectBlank(blank, "BaseResource", " ");
    }

    [Fact]
    public void CatalogEntry_rejects_blank_share_conditions()
    {
        var act = () => new CatalogEntry("330100-0001", "户籍人口信息", Fixtures.Provider, ResourceCategory.Base, ShareType.Conditional, [Name])
        {
            ShareConditions = "",
        };

        ShouldRejectBlank(act, "ShareConditions", "");
    }

    [Fact]
    public void CatalogEntry_rejects_an_undefined_zone()
    {
        var act = () => new CatalogEntry("330100-0001", "户籍人口信息", Fixtures.Provider, ResourceCategory.Base, ShareType.Conditional, [Name])
        {
            Zone = (NetworkZone)42,
        };

        ShouldRejectUndefined(act, "Zone", 42, "Internal, External");
    }

    [Fact]
    public void CatalogEntry_rejects_null_share_methods()
    {
        var act = () => new CatalogEntry("330100-0001", "户籍人口信息", Fixtures.Provider, ResourceCategory.Base, ShareType.Conditional, [Name])
        {
            ShareMethods = null!,
        };

        ShouldRejectNull(act, "ShareMethods");
    }

    [Fact]
    public void CatalogEntry_rejects_an_undefined_share_method()
    {
        var act = () => new CatalogEntry("330100-0001", "户籍人口信息", Fixtures.Provider, ResourceCategory.Base, ShareType.Conditional, [Name])
        {
            ShareMethods = [ShareMethod.OnlineQuery, (ShareMethod)42],
        };

        act.Should().Throw<ArgumentException>().WithMessage("*ShareMethods*").WithMessage("*42*");
    }

    [Fact]
    public void CatalogEntry_defaults_to_the_external_network_and_no_share_methods()
    {
        var entry = Entry();

        entry.Zone.Should().Be(NetworkZone.External);
        entry.ShareMethods.Should().BeEmpty();
        entry.BaseResource.Should().BeNull();
        entry.ShareConditions.Should().BeNull();
        entry.LegalBasis.Should().BeNull();
    }

    [Fact]
    public void AccessRequest_rejects_a_null_requester()
    {
        var act = () => new AccessRequest(null!, "330100-0001", [], Fixtures.Purpose, ShareMethod.OnlineQuery, Fixtures.Submitted);

        ShouldRejectNull(act, "requester");
    }

    [Fact]
    public void AccessRequest_rejects_a_blank_resource_code()
    {
        var act = () => new AccessRequest(Fixtures.Requester, " ", [], Fixtures.Purpose, ShareMethod.OnlineQuery, Fixtures.Submitted);

        ShouldRejectCode(act, "resourceCode", " ");
    }

    [Fact]
    public void AccessRequest_rejects_null_requested_items()
    {
        var act = () => new AccessRequest(Fixtures.Requester, "330100-0001", null!, Fixtures.Purpose, ShareMethod.OnlineQuery, Fixtures.Submitted);

        ShouldRejectNull(act, "requestedItems");
    }

    [Fact]
    public void AccessRequest_rejects_a_null_requested_item()
    {
        var act = () => new AccessRequest(
            Fixtures.Requester, "330100-0001", ["name", null!], Fixtures.Purpose, ShareMethod.OnlineQuery, Fixtures.Submitted);

        act.Should().Throw<ArgumentException>()
            .WithMessage("requestedItems must not contain null (at index 1).*")
            .Which.ParamName.Should().Be("requestedItems");
    }

    [Fact]
    public void AccessRequest_rejects_a_blank_requested_item()
    {
        var act = () => new AccessRequest(
            Fixtures.Requester, "330100-0001", ["name", " "], Fixtures.Purpose, ShareMethod.OnlineQuery, Fixtures.Submitted);

        ShouldRejectCode(act, "requestedItems", " ");
    }

    [Fact]
    public void AccessRequest_rejects_an_item_requested_twice()
    {
        var act = () => new AccessRequest(
            Fixtures.Requester, "330100-0001", ["name", "id-number", "name"], Fixtures.Purpose, ShareMethod.OnlineQuery, Fixtures.Submitted);

        act.Should().Throw<ArgumentException>()
            .WithMessage("Item code 'name' is requested more than once.*")
            .Which.ParamName.Should().Be("requestedItems");
    }

    [Fact]
    public void AccessRequest_rejects_an_undefined_method()
    {
        var act = () => new AccessRequest(Fixtures.Requester, "330100-0001", [], Fixtures.Purpose, (ShareMethod)42, Fixtures.Submitted);

        ShouldRejectUndefined(act, "method", 42, "SystemIntegration, FrontEndProcessor, OnlineQuery, BatchDownload");
    }

    [Fact]
    public void AccessRequest_may_state_no_purpose()
    {
        var request = new AccessRequest(Fixtures.Requester, "330100-0001", [], null, ShareMethod.OnlineQuery, Fixtures.Submitted);

        request.Purpose.Should().BeNull();
        request.RequestedItems.Should().BeEmpty();
    }

    [Fact]
    public void Purpose_rejects_an_undefined_use()
    {
        var act = () => new Purpose((UsePurpose)42, "最低生活保障资格审核");

        ShouldRejectUndefined(act, "use", 42, "AdministrativeBasis, WorkReference, DataVerification, BusinessCollaboration");
    }

    [Fact]
    public void Purpose_rejects_a_blank_duty()
    {
        var act = () => new Purpose(UsePurpose.DataVerification, "   ");

        ShouldRejectBlank(act, "duty", "   ");
    }

    [Fact]
    public void BilingualText_rejects_a_blank_Chinese_text()
    {
        var act = () => new BilingualText("", "text");

        ShouldRejectBlank(act, "zhHans", "");
    }

    [Fact]
    public void BilingualText_rejects_a_null_English_text()
    {
        var act = () => new BilingualText("文本", null!);

        ShouldRejectNull(act, "en");
    }

    [Fact]
    public void BilingualText_rejects_a_blank_English_text()
    {
        var act = () => new BilingualText("文本", " ");

        ShouldRejectBlank(act, "en", " ");
    }

    [Fact]
    public void CatalogEntry_rejects_an_undefined_status_and_grade()
    {
        var badStatus = () => new CatalogEntry("330100-0001", "户籍人口信息", Fixtures.Provider, ResourceCategory.Departmental, ShareType.Conditional, [new CatalogItem("name", "姓名", ItemKind.BusinessItem)]) { Status = (CatalogStatus)7 };
        var badGrade = () => new CatalogEntry("330100-0001", "户籍人口信息", Fixtures.Provider, ResourceCategory.Departmental, ShareType.Conditional, [new CatalogItem("name", "姓名", ItemKind.BusinessItem)]) { Grade = (DataGrade)9 };

        ShouldRejectUndefined(badStatus, "Status", 7, "Published, UnderReview, Draft");
        ShouldRejectUndefined(badGrade, "Grade", 9, "General, Important, Core");
    }

    [Fact]
    public void LegalBasis_rejects_an_undefined_kind()
    {
        var act = () => new LegalBasis((LegalBasisKind)42, "《中华人民共和国统计法》第三十九条");

        ShouldRejectUndefined(act, "kind", 42, "Law, AdministrativeRegulation, CentralPolicy, StateCouncilDecision");
    }

    [Fact]
    public void LegalBasis_rejects_a_blank_citation()
    {
        var act = () => new LegalBasis(LegalBasisKind.Law, "\t");

        ShouldRejectBlank(act, "citation", "\t");
    }

    [Fact]
    public void CatalogEntry_keeps_its_own_copy_of_the_items()
    {
        var items = new List<CatalogItem> { Name, IdNumber };
        var entry = Entry(items: items);

        items.Add(new CatalogItem("address", "住址", ItemKind.BusinessItem));
        items[0] = new CatalogItem("alias", "别名", ItemKind.BusinessItem);
        items.RemoveAt(1);

        entry.Items.Should().Equal(Name, IdNumber);
        entry.FindItem("alias").Should().BeNull();
    }

    [Fact]
    public void CatalogEntry_items_cannot_be_changed_through_the_list_it_returns()
    {
        var entry = Entry(items: [Name, IdNumber]);

        var act = () => ((IList<CatalogItem>)entry.Items).Add(new CatalogItem("address", "住址", ItemKind.BusinessItem));

        act.Should().Throw<NotSupportedException>();
        entry.Items.Should().Equal(Name, IdNumber);
    }

    [Fact]
    public void CatalogEntry_keeps_its_own_copy_of_the_share_methods()
    {
        var methods = new List<ShareMethod> { ShareMethod.OnlineQuery };
        var entry = new CatalogEntry("330100-0001", "户籍人口信息", Fixtures.Provider, ResourceCategory.Base, ShareType.Conditional, [Name])
        {
            ShareMethods = methods,
        };

        methods.Add(ShareMethod.BatchDownload);
        methods[0] = ShareMethod.SystemIntegration;

        entry.ShareMethods.Should().Equal(ShareMethod.OnlineQuery);
    }

    [Fact]
    public void AccessRequest_keeps_its_own_copy_of_the_requested_items()
    {
        var requested = new List<string> { "name", "id-number" };
        var request = new AccessRequest(Fixtures.Requester, "330100-0001", requested, Fixtures.Purpose, ShareMethod.OnlineQuery, Fixtures.Submitted);

        requested.Add("address");
        requested[0] = "alias";

        request.RequestedItems.Should().Equal("name", "id-number");
    }

    private static CatalogEntry Entry(
        string resourceCode = "330100-0001",
        string name = "户籍人口信息",
        ResourceCategory category = ResourceCategory.Base,
        ShareType shareType = ShareType.Conditional,
        IEnumerable<CatalogItem>? items = null) =>
        new(resourceCode, name, Fixtures.Provider, category, shareType, items ?? [Name]);

    private static void ShouldRejectNull(Func<object> act, string parameter) =>
        act.Should().Throw<ArgumentNullException>()
            .WithMessage($"*'{parameter}'*")
            .Which.ParamName.Should().Be(parameter);

    private static void ShouldRejectBlank(Func<object> act, string parameter, string value) =>
        act.Should().Throw<ArgumentException>()
            .WithMessage($"{parameter} must have a visible character (was '{value.Replace("\t", "\\u0009", StringComparison.Ordinal)}'{CodePoints(value)}).*")
            .Which.ParamName.Should().Be(parameter);

    private static void ShouldRejectCode(Func<object> act, string parameter, string value) =>
        act.Should().Throw<ArgumentException>()
            .WithMessage(value.Length == 0
                ? $"{parameter} '' is not a code: a code is 1 to 64 characters, not 0.*"
                : $"{parameter} '{value.Replace("\t", "\\u0009", StringComparison.Ordinal)}' is not a code: U+{(int)value[0]:X4} at index 0 is not allowed; a code is ASCII letters, digits and . _ : / -, starting with a letter or a digit.*")
            .Which.ParamName.Should().Be(parameter);

    private static void ShouldRejectRegion(Func<object> act, string parameter, string value) =>
        act.Should().Throw<ArgumentException>()
            .WithMessage($"{parameter} '{value}' is not an administrative division code: write its 6 digits (GB/T 2260, e.g. 330100), or 9 or 12.*")
            .Which.ParamName.Should().Be(parameter);

    private static string CodePoints(string value) =>
        value.Length == 0 ? string.Empty : ": " + string.Join(' ', value.Select(c => $"U+{(int)c:X4}"));

    private static void ShouldRejectUndefined(Func<object> act, string parameter, int value, string names)
    {
        var exception = act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"{parameter} must be one of {names}.*")
            .WithMessage($"*{value}*")
            .Which;
        exception.ParamName.Should().Be(parameter);
        Convert.ToInt32(exception.ActualValue, System.Globalization.CultureInfo.InvariantCulture).Should().Be(value);
    }
}
