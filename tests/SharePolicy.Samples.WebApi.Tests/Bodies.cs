namespace SharePolicy.Samples.WebApi.Tests;

/// <summary>JSON bodies as a platform's client would send them.</summary>
internal static class Bodies
{
    public static object Department(string code, string name) => new { code, name, level = "Municipal", region = "330100" };

    public static object Purpose => new { use = "DataVerification", duty = "最低生活保障家庭财产核查" };

    /// <summary>
    /// Hangzhou's civil affairs bureau asks for vehicle data on Sunday 29 September 2024, a make-up working day, under the
    /// Measures: a Conditional application's reply is due 10 working days later, on 17 October 2024.
    /// </summary>
    public static object Application(string shareType) => new
    {
        request = new
        {
            requester = Department("11330100MB0000001X", "杭州市民政局"),
            resourceCode = "330100-GA-0007",
            method = "OnlineQuery",
            submittedAt = "2024-09-29T10:00:00+08:00",
            purpose = Purpose,
            // What an application states under the Regulations too (R2025 Art. 20 ¶2), for a test that moves its day on.
            useBasis = "《社会救助暂行办法》第十一条",
            useScope = "最低生活保障家庭的车辆登记核查",
            useUntil = "2027-12-31",
            approvedByUnitHead = true,
        },
        entry = new
        {
            resourceCode = "330100-GA-0007",
            name = "机动车登记信息",
            provider = Department("11330100MB0000002X", "杭州市公安局"),
            category = "Departmental",
            shareType,
            items = new[] { new { code = "plate", name = "号牌号码", kind = "BusinessItem" } },
            shareMethods = new[] { "OnlineQuery" },
        },
    };
}
