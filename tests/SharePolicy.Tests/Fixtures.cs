using NodaTime;
using SharePolicy.Compilation;
using SharePolicy.Model;
using SharePolicy.Questions;

namespace SharePolicy.Tests;

/// <summary>Small, valid model values for tests; each test changes only what it is about.</summary>
internal static class Fixtures
{
    // Sunday 29 September 2024, 10:00 in Beijing: a make-up working day before National Day (1-7 October), under the
    // Measures (the Regulations decide events from 2025-08-01); 10 working days on is Thursday 17 October 2024.
    public static readonly Instant Submitted = Instant.FromUtc(2024, 9, 29, 2, 0);

    public static Department Requester { get; } = new("11330100MB0000001X", "杭州市民政局", GovernmentLevel.Municipal, "330100");

    public static Department Provider { get; } = new("11330100MB0000002X", "杭州市公安局", GovernmentLevel.Municipal, "330100");

    public static Department ProvincialGovernment { get; } =
        new("11330000002482188X", "浙江省人民政府", GovernmentLevel.Provincial, "330000") { Kind = BodyKind.ProvincialGovernment };

    public static Purpose Purpose { get; } = new(UsePurpose.DataVerification, "最低生活保障资格审核");

    public static CatalogEntry Entry(
        ShareType shareType,
        ResourceCategory category = ResourceCategory.Departmental,
        params CatalogItem[] items) =>
        new("330100-0001", "户籍人口信息", Provider, category, shareType,
            items.Length > 0 ? items : [new CatalogItem("name", "姓名", ItemKind.BusinessItem)])
        {
            BaseResource = category == ResourceCategory.Base ? "人口" : null, // one of the four Art. 10(2) lists
        };

    public static AccessRequest Request(Purpose? purpose = null, bool withoutPurpose = false, params string[] items) =>
        Stated(Submitted, items, withoutPurpose ? null : purpose ?? Purpose);

    /// <summary>
    /// A request submitted at <paramref name="submittedAt"/> that states everything an application under the Regulations
    /// states (Art. 20 ¶2: basis, scenario, scope, method and period of use, its sharing unit head's agreement), so that
    /// a decision of a day the Regulations govern is not held up for missing materials.
    /// </summary>
    public static AccessRequest Application(Instant submittedAt) => Stated(submittedAt, [], Purpose);

    private static AccessRequest Stated(Instant submittedAt, string[] items, Purpose? purpose) =>
        new(Requester, "330100-0001", items, purpose, ShareMethod.OnlineQuery, submittedAt)
        {
            UseBasis = "《社会救助暂行办法》第十一条",
            UseScope = "最低生活保障家庭的户籍核查",
            UseUntil = new LocalDate(2027, 12, 31),
            ApprovedByUnitHead = true,
        };

    /// <summary>
    /// The default library with a Hangzhou (330100) overlay on the Regulations, in force from 2025-08-01, whose one rule
    /// file for <paramref name="question"/> is <paramref name="rules"/>.
    /// </summary>
    public static RuleLibrary WithCityOverlayOnTheRegulations(string question, string rules) =>
        RuleSetLoader.Load([
            .. RuleSetLoader.ReadDefaultFiles(),
            new RuleFile("overlays/city/rule-set.yaml", """
                id: test.city
                version: "2026.1"
                instrument: cn.regulations-2025
                jurisdiction: { region: "330100", level: Municipal }
                inForce: { from: 2025-08-01 }
                overlays: cn.national.regulations-2025
                """),
            new RuleFile($"overlays/city/{question}.yaml", rules),
        ]);
}
