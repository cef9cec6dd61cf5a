// A host platform's first contact with SharePolicy: load the default rule set, ask three access
// questions, and print each decision with its reasons, articles and the rules that fired; then the calendar's horizon.
// The requests are dated Sunday 29 September 2024 (a make-up working day), so the sample decides the same whatever
// day it runs: a platform passes each request's own time of receipt, never the time it happens to decide. That day the
// 2016 Measures decide (from 2025-08-01 the 2025 Regulations do, where every request is an application).
using NodaTime;
using SharePolicy.Calendar;
using SharePolicy.Compilation;
using SharePolicy.Engine;
using SharePolicy.Model;
using SharePolicy.Questions;

Console.OutputEncoding = System.Text.Encoding.UTF8;

var engine = new SharePolicyEngine(RuleSetLoader.LoadDefault(), WorkingDayCalendar.China, SystemClock.Instance);

var civilAffairs = new Department("11330100MB0000001X", "杭州市民政局", GovernmentLevel.Municipal, "330100");
var publicSecurity = new Department("11330000MB0000005X", "浙江省公安厅", GovernmentLevel.Provincial, "330000");
var population = new CatalogEntry(
    "330000-RK-0001",
    "人口基础信息",
    publicSecurity,
    ResourceCategory.Base,
    ShareType.Conditional,
    [
        new CatalogItem("citizen-id", "公民身份号码", ItemKind.BaseItem),
        new CatalogItem("marital-status", "婚姻状况", ItemKind.BusinessItem),
    ])
{
    BaseResource = "人口",
    ShareMethods = [ShareMethod.SystemIntegration, ShareMethod.OnlineQuery],
};

var purpose = new Purpose(UsePurpose.DataVerification, "最低生活保障资格审核");
var now = Instant.FromUtc(2024, 9, 29, 2, 0); // 10:00 in Beijing

Show("A base item, although the catalog says Conditional",
    new AccessRequest(civilAffairs, population.ResourceCode, ["citizen-id"], purpose, ShareMethod.OnlineQuery, now));
Show("A business item of the same base resource",
    new AccessRequest(civilAffairs, population.ResourceCode, ["marital-status"], purpose, ShareMethod.OnlineQuery, now));
Show("The same request without a stated purpose",
    new AccessRequest(civilAffairs, population.ResourceCode, ["citizen-id"], null, ShareMethod.OnlineQuery, now));

var calendar = engine.Calendar;
var today = SystemClock.Instance.GetCurrentInstant().InZone(engine.TimeZone).Date;
Console.WriteLine($"== The working-day calendar is confirmed until {calendar.LastConfirmed:uuuu-MM-dd}, {Period.DaysBetween(today, calendar.LastConfirmed)} days from today;");
Console.WriteLine($"   load the State Council's notice for {calendar.LastConfirmed.Year + 1} when it is published (sharepolicy calendar import).");

void Show(string title, AccessRequest request)
{
    var decision = engine.DecideAccess(request, population);
    Console.WriteLine($"== {title}");
    Console.WriteLine($"   outcome:  {decision.Outcome}");
    foreach (var item in decision.Items)
    {
        Console.WriteLine($"   item:     {item.ItemCode} -> {item.Outcome}");
    }

    foreach (var reason in decision.Reasons)
    {
        Console.WriteLine($"   reason:   {reason.Text.ZhHans}");
        Console.WriteLine($"             {reason.Text.En}");
    }

    foreach (var obligation in decision.Obligations)
    {
        Console.WriteLine($"   must:     {obligation.Kind}: {obligation.Text.En}");
    }

    Console.WriteLine($"   articles: {string.Join("; ", decision.Articles.Select(a => $"{a} {a.ToChineseString()}"))}");
    Console.WriteLine($"   fired:    {string.Join(", ", decision.FiredRules)}");
    Console.WriteLine();
}
