using NodaTime;
using SharePolicy.Calendar;
using SharePolicy.Model;
using SharePolicy.Questions;

namespace SharePolicy.Bench;

/// <summary>
/// The default access rules (rules/purpose.yaml, rules/network-zones.yaml, rules/base-resources.yaml, rules/access.yaml) written by hand as
/// plain if/else over the same model. The engine is measured against it, and checked to decide as it does; a change
/// to those rule files needs the same change here.
/// </summary>
/// <param name="calendar">The working-day calendar the reply deadline is counted on.</param>
/// <param name="timeZone">The time zone in which the day a request was received is read.</param>
public sealed class BaselineAccessPolicy(WorkingDayCalendar calendar, DateTimeZone timeZone)
{
    /// <summary>Art. 12 ¶1: the provider replies within 10 working days.</summary>
    public const int ReplyWorkingDays = 10;

    // One array per rule, shared by every decision: the baseline allocates no more than it must.
    // The base resources Art. 10(2) names (base-resources.yaml's list).
    private static readonly HashSet<string> BaseResources = ["人口", "法人单位", "自然资源和空间地理", "电子证照"];
    private static readonly string[] BaseItemUnconditional = ["base-resource.base-item.unconditional"];
    private static readonly string[] ApplyForBusinessItem = ["access.conditional.apply", "base-resource.business-item.conditional"];
    private static readonly string[] NegotiateBusinessItem = ["access.not-shared.negotiate", "base-resource.business-item.not-shared"];
    private static readonly string[] TakeDirectly = ["access.unconditional.take-directly"];
    private static readonly string[] Apply = ["access.conditional.apply"];
    private static readonly string[] Negotiate = ["access.not-shared.negotiate"];

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

        var all = request.RequestedItems.Count == 0;
        var items = new List<ItemDecision>(all ? entry.Items.Count : request.RequestedItems.Count);
        var outcome = AccessOutcome.Granted;
        foreach (var item in entry.Items)
        {
            if (all || request.RequestedItems.Contains(item.Code))
            {
                var decision = DecideItem(request, entry, item);
                items.Add(decision);
                outcome = decision.Outcome > outcome ? decision.Outcome : outcome;
            }
        }

        LocalDate? replyDue = items.Exists(item => item.Outcome == AccessOutcome.ApplicationRequired)
            ? calendar.AddWorkingDays(request.SubmittedAt.InZone(timeZone).Date, ReplyWorkingDays)
            : null;
        return new BaselineDecision(outcome, items, replyDue);
    }

    /// <summary>
    /// One item: a requester that is not a government body (Art. 2 ¶2, 3), a share method the entry does not offer for
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
