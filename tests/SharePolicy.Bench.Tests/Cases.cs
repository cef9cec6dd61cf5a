using NodaTime;
using SharePolicy.Model;
using SharePolicy.Questions;

namespace SharePolicy.Bench.Tests;

/// <summary>Small, valid requests and entries; each test changes only what it is about.</summary>
internal static class Cases
{
    public const string Resource = "330100-GA-0007";

    // Sunday 29 September 2024, 10:00 in Beijing: a make-up working day, under the Measures the baseline mirrors.
    public static readonly Instant Submitted = Instant.FromUtc(2024, 9, 29, 2, 0);

    public static Department Department { get; } = new("11330100MB0000001X", "杭州市民政局", GovernmentLevel.Municipal, "330100");

    public static CatalogItem BaseItem { get; } = new("id", "公民身份号码", ItemKind.BaseItem);

    public static CatalogItem BusinessItem { get; } = new("address", "住址", ItemKind.BusinessItem);

    public static CatalogEntry Entry(ShareType shareType, ResourceCategory category = ResourceCategory.Base, bool classified = false) =>
        new(Resource, "人口基础信息", Department, category, shareType, [BaseItem, BusinessItem])
        {
            BaseResource = category == ResourceCategory.Base ? "人口" : null, // one of the four Art. 10(2) lists
            Classified = classified,
        };

    public static AccessRequest Request(
        bool withPurpose = true, NetworkZone network = NetworkZone.External, Instant? submittedAt = null, params string[] items) =>
        new(Department, Resource, items, withPurpose ? new Purpose(UsePurpose.DataVerification, "社会救助资格审核") : null, ShareMethod.OnlineQuery, submittedAt ?? Submitted)
        {
            Network = network,
        };
}
