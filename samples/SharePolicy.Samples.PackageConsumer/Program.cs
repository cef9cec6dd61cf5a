// A platform developer's first program against the SharePolicy package: services from AddSharePolicy with no
// configuration (the embedded rule set and calendar), one decision, and a check that the package holds what it
// promises. Exits with 1 when it does not, so .ci/package fails.
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SharePolicy.Engine;
using SharePolicy.Model;
using SharePolicy.Questions;
using SharePolicy.Rules;

Console.OutputEncoding = System.Text.Encoding.UTF8;
using var services = new ServiceCollection().AddSharePolicy().BuildServiceProvider();
var engine = services.GetRequiredService<SharePolicyEngine>();

var provider = new Department("11330100MB0000002X", "杭州市公安局", GovernmentLevel.Municipal, "330100");
var requester = new Department("11330100MB0000001X", "杭州市民政局", GovernmentLevel.Municipal, "330100");
var entry = new CatalogEntry("330100-GA-0007", "机动车登记信息", provider, ResourceCategory.Departmental, ShareType.Conditional,
    [new CatalogItem("plate", "号牌号码", ItemKind.BusinessItem)]);
var submitted = Instant.FromUtc(2025, 9, 28, 2, 0); // Sunday 28 September 2025, 10:00 in Beijing: a make-up working day
var request = new AccessRequest(requester, entry.ResourceCode, [], new Purpose(UsePurpose.DataVerification, "最低生活保障家庭财产核查"), ShareMethod.OnlineQuery, submitted)
{
    // Under the Regulations an application states its basis, scope and period of use, agreed by its unit's head (Art. 20 ¶2).
    UseBasis = "《社会救助暂行办法》第十一条",
    UseScope = "申请最低生活保障家庭的车辆登记核查",
    UseUntil = new LocalDate(2026, 12, 31),
    ApprovedByUnitHead = true,
};

var decision = engine.DecideAccess(request, entry);
var reply = decision.Obligations.SingleOrDefault(obligation => obligation.Kind == ObligationKind.ProviderReply);
Console.WriteLine($"rules:    {engine.Rules.Rules.Count} (embedded), calendar {engine.Calendar.First:yyyy} to {engine.Calendar.Last:yyyy}");
Console.WriteLine($"outcome:  {decision.Outcome}");
Console.WriteLine($"articles: {string.Join("; ", decision.Articles)}");
Console.WriteLine($"reply by: {reply?.Deadline?.DueDate:uuuu-MM-dd}");

var expected = decision.Outcome == AccessOutcome.ApplicationRequired && reply?.Deadline?.DueDate == new LocalDate(2025, 10, 17);
Console.WriteLine(expected ? "package ok" : "package NOT ok: expected ApplicationRequired with a reply due 2025-10-17");
return expected ? 0 : 1;
