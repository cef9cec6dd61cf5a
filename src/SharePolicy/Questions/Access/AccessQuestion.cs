using NodaTime;
using SharePolicy.Model;
using SharePolicy.Questions.Binding;
using SharePolicy.Rules;
using YamlDotNet.RepresentationModel;

namespace SharePolicy.Questions;

#pragma warning disable CA2208 // an input error names the parameter of the public entry point the value was passed to

/// <summary>
/// May this department take this resource, and how (Art. 9, 10(2), 12 ¶1, 5(2))? One fact per requested item; the
/// event is the day the request is received, after close of business the next day.
/// </summary>
public sealed class AccessQuestion : PolicyQuestion<AccessInput, AccessDecision>
{
    internal AccessQuestion()
        : base("access", typeof(AccessFacts), typeof(AccessOutcome), AccessOutcome.Denied, hasDeadlines: true)
    {
    }

    internal override LocalDate EventDate(AccessInput input, QuestionContext context) =>
        AccessFacts.ReceiptDay(input.Request.SubmittedAt, context.Zone, context.CloseOfBusiness);

    internal override RuleFacts[] Facts(AccessInput input, QuestionContext context)
    {
        var (request, entry) = (input.Request, input.Entry);
        if (entry is not null && !string.Equals(request.ResourceCode, entry.ResourceCode, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"The request is for resource '{request.ResourceCode}', but the catalog entry given is '{entry.ResourceCode}'.", "entry");
        }

        // A day the calendar cannot classify is refused whatever is asked, so no date outside it ends in a grant: the
        // instant itself, and the day it counts as received on after close of business.
        context.CheckInCalendar(request.SubmittedAt, "request");
        var received = EventDate(input, context);
        context.CheckInCalendar(received, "request");
        if (request.UseUntil is { } until && until < received)
        {
            throw new ArgumentException($"The period of use ends on {until:uuuu-MM-dd}, before the application was received on {received:uuuu-MM-dd}.", "request");
        }

        if (entry is null)
        {
            return []; // refused: not in the catalog
        }

        // The rule set is chosen by the application's receipt; a reply period whose rule restarts on supplied materials
        // (the Regulations') counts from theirs, where the host reads it so.
        LocalDate? restart = null;
        if (context.Readings.ClockRestartsWhenMaterialsArrive && request.MaterialsSuppliedAt is { } supplied)
        {
            context.CheckInCalendar(supplied, "request");
            restart = AccessFacts.ReceiptDay(supplied, context.Zone, context.CloseOfBusiness);
            context.CheckInCalendar(restart.Value, "request");
        }

        var requested = RequestedItems(request, entry);
        var facts = new RuleFacts[requested.Count];
        for (var i = 0; i < facts.Length; i++)
        {
            facts[i] = new AccessFacts(request, entry, requested[i]) { ReceivedOn = received, MaterialsReceivedOn = restart };
        }

        return facts;
    }

    internal override Reason? Refusal(AccessInput input) =>
        input.Entry is null ? StandardReasons.NotInCatalog(input.Request.ResourceCode) : null;

    internal override AccessDecision Decide(AccessInput input, RuleFacts[] facts, DecisionRun run, QuestionContext context)
    {
        var items = new ItemDecision[facts.Length];
        List<string>? granted = null;
        for (var i = 0; i < items.Length; i++)
        {
            var verdict = run.Verdicts[i];
            var deciding = new string[verdict.Deciding.Count];
            for (var j = 0; j < deciding.Length; j++)
            {
                deciding[j] = verdict.Deciding[j].Id;
            }

            items[i] = new ItemDecision(((AccessFacts)facts[i]).Item.Code, (AccessOutcome)verdict.Severity, deciding);
            if (items[i].Outcome == AccessOutcome.Granted)
            {
                (granted ??= []).Add(items[i].ItemCode);
            }
        }

        // What a grant carries (Art. 12 ¶2): the items granted, the purpose they are for and the method asked for, which
        // the access rules grant only when the entry offers it. No purpose, no grant (Art. 5(2)).
        var request = input.Request;
        var grant = granted is not null && request.Purpose is { } purpose
            ? new ShareGrant(request.Requester, request.ResourceCode, granted, purpose) { Method = request.Method }
            : null;
        return new AccessDecision((AccessOutcome)run.Severity, items, grant, run);
    }

    internal override (AccessInput Input, Instant? Time)? Bind(GivenReader given)
    {
        // The entry of the resource requested, or a catalog to look it up in.
        var map = given.Given("entry", "catalog", "request");
        var catalogNode = GivenReader.Optional(map, "catalog");
        if (map is not null && (catalogNode is null) == (GivenReader.Optional(map, "entry") is null))
        {
            given.Error(map.Node, "give the request's catalog entry as 'entry' or a catalog to look it up in as 'catalog', one of the two.");
            return null;
        }

        var entry = catalogNode is null ? given.Entry(map?.Required("entry")) : null;
        var catalog = catalogNode is null ? null : given.Catalog(catalogNode);
        var request = ReadRequest(given, map?.Required("request"));
        return request is null || (entry is null && catalog is null) ? null
            : (catalog is null ? new AccessInput(request, entry!) : new AccessInput(request, catalog), request.SubmittedAt);
    }

    /// <summary>Reads an access request; the reply-review question states its application the same way.</summary>
    internal static AccessRequest? ReadRequest(GivenReader given, YamlNode? node)
    {
        var map = given.Map(node, "a request", "requester", "code", "items", "purpose", "method", "submittedAt", "network",
            "useBasis", "useScope", "useUntil", "approvedByUnitHead", "materialsSuppliedAt", "channel");
        if (map is null)
        {
            return null;
        }

        var requester = given.Department(map.Required("requester"));
        var code = given.Text(map.Required("code"), "request code");
        var items = given.Texts(GivenReader.Optional(map, "items"), "request items");
        var purpose = GivenReader.Optional(map, "purpose") is { } purposeNode ? given.Purpose(purposeNode) : null;
        var method = given.Enum<ShareMethod>(map.Required("method"), "request method");
        var submitted = given.Instant(map.Required("submittedAt"), "request submittedAt");
        var network = GivenReader.Optional(map, "network") is { } networkNode ? given.Enum<NetworkZone>(networkNode, "request network") : NetworkZone.External;
        var basis = given.Text(GivenReader.Optional(map, "useBasis"), "request useBasis");
        var scope = given.Text(GivenReader.Optional(map, "useScope"), "request useScope");
        var until = given.Date(GivenReader.Optional(map, "useUntil"), "request useUntil");
        var approved = given.Flag(map, "approvedByUnitHead", "request approvedByUnitHead");
        var supplied = given.Instant(GivenReader.Optional(map, "materialsSuppliedAt"), "request materialsSuppliedAt");
        var channel = GivenReader.Optional(map, "channel") is { } channelNode ? given.Enum<SharingChannel>(channelNode, "request channel") : SharingChannel.SharingPlatform;
        return requester is null || code is null || items is null || GivenReader.Missing(map, "purpose", purpose) || method is null || submitted is null || network is null
            || GivenReader.Missing(map, "useBasis", basis) || GivenReader.Missing(map, "useScope", scope) || GivenReader.Missing(map, "useUntil", until)
            || approved is null || GivenReader.Missing(map, "materialsSuppliedAt", supplied) || channel is null
            ? null
            : given.Make(node!, () => new AccessRequest(requester, code, items, purpose, method.Value, submitted.Value)
            {
                Network = network.Value,
                UseBasis = basis,
                UseScope = scope,
                UseUntil = until,
                ApprovedByUnitHead = approved.Value,
                MaterialsSuppliedAt = supplied,
                Channel = channel.Value,
            });
    }

    private static List<CatalogItem> RequestedItems(AccessRequest request, CatalogEntry entry)
    {
        if (request.RequestedItems.Count == 0)
        {
            return [.. entry.Items];
        }

        // In the catalog's order (a request names each item once): one look-up per requested item, and one pass.
        var wanted = new HashSet<CatalogItem>(request.RequestedItems.Count, ReferenceEqualityComparer.Instance);
        foreach (var code in request.RequestedItems)
        {
            wanted.Add(entry.FindItem(code)
                ?? throw new ArgumentException($"Item '{code}' is not in catalog entry '{entry.ResourceCode}'.", nameof(request)));
        }

        var requested = new List<CatalogItem>(wanted.Count);
        foreach (var item in entry.Items)
        {
            if (wanted.Contains(item))
            {
                requested.Add(item);
            }
        }

        return requested;
    }
}
