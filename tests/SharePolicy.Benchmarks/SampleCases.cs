using NodaTime;
using SharePolicy.Bench;
using SharePolicy.Model;
using SharePolicy.Questions;

namespace SharePolicy.Benchmarks;

/// <summary>Fixed requests for the single-decision and stage benchmarks.</summary>
internal static class SampleCases
{
    private static readonly Department Provider = new("11330100MB0000002X", "杭州市公安局", GovernmentLevel.Municipal, "330100");
    private static readonly Department Requester = new("11330100MB0000001X", "杭州市民政局", GovernmentLevel.Municipal, "330100");
    private static readonly Instant Submitted = Instant.FromUtc(2025, 9, 28, 2, 0);

    public static AccessCase Conditional { get; } = Case(
        ResourceCategory.Departmental, ShareType.Conditional, new CatalogItem("plate", "号牌号码", ItemKind.BusinessItem));

    public static AccessCase BaseMixed { get; } = Case(
        ResourceCategory.Base,
        ShareType.Conditional,
        new CatalogItem("id", "公民身份号码", ItemKind.BaseItem),
        new CatalogItem("address", "住址", ItemKind.BusinessItem),
        new CatalogItem("income", "收入", ItemKind.BusinessItem, ShareType.NotShared));

    private static AccessCase Case(ResourceCategory category, ShareType shareType, params CatalogItem[] items)
    {
        var entry = new CatalogEntry("330100-GA-0007", "样例资源", Provider, category, shareType, items)
        {
            BaseResource = category == ResourceCategory.Base ? "人口" : null,
        };
        var request = new AccessRequest(
            Requester, entry.ResourceCode, [], new Purpose(UsePurpose.DataVerification, "最低生活保障家庭财产核查"), ShareMethod.OnlineQuery, Submitted);
        return new AccessCase(request, entry);
    }
}
