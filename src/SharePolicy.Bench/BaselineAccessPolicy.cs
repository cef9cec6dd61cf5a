using NodaTime;
using SharePolicy.Calendar;
using SharePolicy.Model;
using SharePolicy.Questions;

namespace SharePolicy.Bench;

/// <summary>
/// The default access rules written by hand as plain if/else over the same model: the Measures' (measures-2016/purpose.yaml,
/// network-zones.yaml, base-resources.yaml, access.yaml) for applications received before 2025-08-01 in Beijing, the
/// Regulations' (regulations-2025/access.yaml with the carry-overs' access.yaml) from that day. The engine is measured
/// against it, and checked to decide as it does; a change to those rule files needs the same change here.
/// </summary>
/// <param name="calendar">The working-day calendar the reply deadline is counted on.</param>
/// <param name="timeZone">The time zone in which the day a request was received is read.</param>
public sealed class BaselineAccessPolicy(WorkingDayCalendar calendar, DateTimeZone timeZone)
{
    /// <summary>Art. 12 ¶1: the provider replies within 10 working days.</summary>
    public const int ReplyWorkingDays = 10;

    /// <summary>The day the Regulations take effect (Art. 44): an application received from it is decided under them.</summary>
    public static readonly LocalDate RegulationsInForce = new(2025, 8, 1);

    // One array per rule, shared by every decision: the baseline allocates no more than it must.
    // The base resources Art. 10(2) names (base-resources.yaml's list).
    private static readonly HashSet<string> BaseResources = ["人口", "法人单位", "自然资源和空间地理", "电子证照"];
    private static readonly string[] BaseItemUnconditional = ["base-resource.base-item.unconditional"];
    private static readonly string[] ApplyForBusinessItem = ["access.conditional.apply", "base-resource.business-item.conditional"];
    private static readonly string[] NegotiateBusinessItem = ["access.not-shared.negotiate", "base-resource.business-item.not-shared"];
    private static readonly string[] TakeDirectly = ["access.unconditional.take-directly"];
    private static readonly string[] Apply = ["access.conditional.apply"];
    private static readonly string[] Negotiate = ["access.not-shared.negotiate"];
    private static readonly string[] ReplyIn1 = ["r2025.access.unconditional.reply-in-1"];
    private static readonly string[] ReplyIn10 = ["r2025.access.conditional.reply-in-10"];
    private static readonly string[] CarriedOverBaseItem = ["carry-over.base-item.unconditional"];
    private static readonly string[] SecretOutOfScope = ["r2025.access.secret-out-of-scope"];

    /// <summary>Decides a request as the default rule set does.</summary>
    /// <exception cref="ArgumentException">The entry is not the resource requested, or a requested item is not in it.</exception>
    /// <exception cref="CalendarRangeException">The reply deadline falls beyond the calendar's years.</exception>
    public BaselineDecision Decide(AccessRequest request, CatalogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(entry);
        if (!string.Equals(request.ResourceCode, entry.ResourceCode, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The request is for resource '{request.ResourceCode}', not '{entry.ResourceCode}'.", nameof(entry));
        }

        foreach (var code in request.RequestedItems)
        {
            if (entry.FindItem(code) is null)
            {
                throw new ArgumentException($"Item '{code}' is not in catalog entry '{entry.ResourceCode}'.", nameof(request));
            }
        }

        var received = request.SubmittedAt.InZone(timeZone).Date;
        if (request.UseUntil is { } until && until < received)
        {
            throw new ArgumentException($"The period of use ends on {until:uuuu-MM-dd}, before the application was received on {received:uuuu-MM-dd}.", nameof(request));
        }

        var regulations = received >= RegulationsInForce;
        var all = request.RequestedItems.Count == 0;
        var items = new List<ItemDecision>(all ? entry.Items.Count : request.RequestedItems.Count);
        var outcome = AccessOutcome.Granted;
        var replyDays = int.MaxValue;
        foreach (var item in entry.Items)
        {
            if (all || request.RequestedItems.Contains(item.Code))
            {
                var decision = regulations ? DecideItemUnderRegulations(request, entry, item) : DecideItem(request, entry, item);
                items.Add(decision);
                outcome = decision.Outcome > outcome ? decision.Outcome : outcome;
                if (decision.Outcome == AccessOutcome.ApplicationRequired)
                {
                    // The earlier of two reply deadlines binds: 1 working day for Unconditional data (R2025 Art. 21 ¶1).
                    replyDays = Math.Min(replyDays, !regulations ? ReplyWorkingDays : ReferenceEquals(decision.DecidingRules, ReplyIn10) ? 10 : 1);
                }
            }
        }

        LocalDate? replyDue = replyDays == int.MaxValue ? null : calendar.AddWorkingDays(received, replyDays);
        return new BaselineDecision(outcome, items, replyDue);
    }

    /// <summary>
    /// One item under the Regulations: NotShared data (Art. 14(3)), a requester that is not a government body (Art. 2),
    /// an entry not yet published (Art. 16 ¶1, 20 ¶2) and an application through an exchange system built apart from the
    /// integrated system (Art. 31, 32) each forbid; a state or work secret is out of scope (Art. 3 ¶1);
    /// else each missing material makes it SupplementRequired (Art. 20 ¶2, 21 ¶2); else a base item of a base resource is
    /// applied for as Unconditional data (the carry-over of Measures Art. 10(2)); else the stated share type decides the
    /// reply period (Art. 21 ¶1: 1 working day, or 10).
    /// </summary>
    public static ItemDecision DecideItemUnderRegulations(AccessRequest request, CatalogEntry entry, CatalogItem item)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(item);
        var stated = item.ShareType ?? entry.ShareType;
        var forbidding = new List<string>(4);
        if (stated == ShareType.NotShared)
        {
            forbidding.Add("r2025.access.not-shared");
        }

        if (request.Requester.Kind is BodyKind.PlatformOperator or BodyKind.Other)
        {
            forbidding.Add("r2025.access.requester-not-government-body");
        }

        if (entry.Status != CatalogStatus.Published)
        {
            forbidding.Add("r2025.access.entry-not-published");
        }

        if (request.Channel == SharingChannel.SeparateExchangeSystem)
        {
            forbidding.Add("r2025.access.outside-integrated-system");
        }

        if (forbidding.Count > 0)
        {
            return new ItemDecision(item.Code, AccessOutcome.Denied, forbidding);
        }

        if (entry.Classified || entry.WorkSecret)
        {
            return new ItemDecision(item.Code, AccessOutcome.OutOfScope, SecretOutOfScope);
        }

        var missing = new List<string>(5);
        if (request.Purpose is null)
        {
            missing.Add("r2025.access.purpose-required");
        }

        if (request.UseBasis is null)
        {
            missing.Add("r2025.access.basis-required");
        }

        if (request.UseScope is null)
        {
            missing.Add("r2025.access.scope-required");
        }

        if (request.UseUntil is null)
        {
            missing.Add("r2025.access.period-required");
        }

        if (!request.ApprovedByUnitHead)
        {
            missing.Add("r2025.access.unit-head-approval-required");
        }

        if (missing.Count > 0)
        {
            return new ItemDecision(item.Code, AccessOutcome.SupplementRequired, missing);
        }

        var baseResource = entry.Category == ResourceCategory.Base && entry.BaseResource is { } named && BaseResources.Contains(named);
        if (baseResource && item.Kind == ItemKind.BaseItem)
        {
            return new ItemDecision(item.Code, AccessOutcome.ApplicationRequired, CarriedOverBaseItem);
        }

        return stated switch
        {
            ShareType.Unconditional => new ItemDecision(item.Code, AccessOutcome.ApplicationRequired, ReplyIn1),
            ShareType.Conditional => new ItemDecision(item.Code, AccessOutcome.ApplicationRequired, ReplyIn10),
            _ => new ItemDecision(item.Code, AccessOutcome.Denied, []), // an undefined share type: no rule applies
        };
    }

    /// <summary>
    /// One item under the Measures: a requester that is not a government body (Art. 2 ¶2, 3), a share method the entry does not offer for
    /// what would be taken directly (Art. 7, 12 ¶2), a classified resource asked for through the external network (Art. 11 ¶2, 20 ¶3) and no purpose
    /// (Art. 5(2)) each forbid; a base item of one of the four base resources is Granted whatever the catalog says
    /// (Art. 10(2)); otherwise the stated share type decides (Art. 9, 12 ¶1), and a business item of a base resource
    /// also cites Art. 10(2).
    /// </summary>
    public static ItemDecision DecideItem(AccessRequest request, CatalogEntry entry, CatalogItem item)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(item);
        var baseResource = entry.Category == ResourceCategory.Base && entry.BaseResource is { } named && BaseResources.Contains(named);
        var stated = item.ShareType ?? entry.ShareType;
        var takenDirectly = (baseResource && item.Kind == ItemKind.BaseItem) || stated == ShareType.Unconditional;
        var notGovernment = request.Requester.Kind is BodyKind.PlatformOperator or BodyKind.Other;
        var methodNotOffered = takenDirectly && entry.ShareMethods.Count > 0 && !entry.ShareMethods.Contains(request.Method);
        var classifiedOnExternal = entry.Classified && request.Network == NetworkZone.External;
        var noPurpose = request.Purpose is null;
        if (notGovernment || methodNotOffered || classifiedOnExternal || noPurpose)
        {
            // In the rule set's order: access.yaml, network-zones.yaml, purpose.yaml.
            var forbidding = new List<string>(4);
            if (notGovernment)
            {
                forbidding.Add("access.requester-not-government-body");
            }

            if (methodNotOffered)
            {
                forbidding.Add("access.method-not-offered");
            }

            if (classifiedOnExternal)
            {
                forbidding.Add("network.classified.not-on-external-platform");
            }

            if (noPurpose)
            {
                forbidding.Add("purpose.required");
            }

            return new ItemDecision(item.Code, AccessOutcome.Denied, forbidding);
        }

        if (baseResource && item.Kind == ItemKind.BaseItem)
        {
            return new ItemDecision(item.Code, AccessOutcome.Granted, BaseItemUnconditional);
        }

        if (baseResource && item.Kind == ItemKind.BusinessItem && stated is ShareType.Conditional)
        {
            return new ItemDecision(item.Code, AccessOutcome.ApplicationRequired, ApplyForBusinessItem);
        }

        if (baseResource && item.Kind == ItemKind.BusinessItem && stated is ShareType.NotShared)
        {
            return new ItemDecision(item.Code, AccessOutcome.NegotiationRequired, NegotiateBusinessItem);
        }

        return stated switch
        {
            ShareType.Unconditional => new ItemDecision(item.Code, AccessOutcome.Granted, TakeDirectly),
            ShareType.Conditional => new ItemDecision(item.Code, AccessOutcome.ApplicationRequired, Apply),
            ShareType.NotShared => new ItemDecision(item.Code, AccessOutcome.NegotiationRequired, Negotiate),
            _ => new ItemDecision(item.Code, AccessOutcome.Denied, []), // an undefined share type: no rule applies
        };
    }
}
