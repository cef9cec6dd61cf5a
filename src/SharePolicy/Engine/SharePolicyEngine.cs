using NodaTime;
using SharePolicy.Calendar;
using SharePolicy.Compilation;
using SharePolicy.Model;
using SharePolicy.Questions;
using SharePolicy.Rules;

namespace SharePolicy.Engine;

/// <summary>
/// Answers share-policy questions with a compiled rule set and a working-day calendar. Thread-safe: the
/// compiled rule set is shared, and a decision has a session to itself while it runs.
/// </summary>
public sealed partial class SharePolicyEngine
{
    /// <summary>The time zone deadlines are counted in unless another is given: Asia/Shanghai.</summary>
    public static DateTimeZone ChinaStandardTime { get; } = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    private static readonly Reason NoRuleApplies = new(Reason.NoRuleApplies, new BilingualText(
        "没有适用的规则，依据“未明确允许即不予准许”的原则作出最严格的决定。",
        "No rule applies; the decision takes the most restrictive outcome because nothing allows another."), []);

    private readonly IClock _clock;
    private readonly Instant _calendarStart;
    private readonly Instant _calendarEnd;
    private readonly DeadlineCalculator _deadlines;
    private readonly Dictionary<PolicyRule, int> _ruleOrder;
    private readonly Comparison<PolicyRule> _byRuleSetOrder;

    /// <summary>Creates an engine.</summary>
    /// <param name="rules">The rule set, e.g. <see cref="RuleSetLoader.LoadDefault"/>.</param>
    /// <param name="calendar">The working-day calendar deadlines are counted on, e.g. <see cref="WorkingDayCalendar.China"/>.</param>
    /// <param name="clock">The clock that stamps each decision.</param>
    /// <param name="timeZone">The time zone in which days begin and end; <see cref="ChinaStandardTime"/> when null.</param>
    /// <param name="closeOfBusiness">
    /// When the platform's working day ends: an application received at or after it counts as received the next day.
    /// Null (the default) when every hour of a day counts as that day; never midnight, which would move every receipt.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="closeOfBusiness"/> is midnight.</exception>
    public SharePolicyEngine(CompiledRuleSet rules, WorkingDayCalendar calendar, IClock clock, DateTimeZone? timeZone = null, LocalTime? closeOfBusiness = null)
    {
        if (closeOfBusiness == LocalTime.Midnight)
        {
            throw new ArgumentOutOfRangeException(nameof(closeOfBusiness), closeOfBusiness, "Close of business at midnight would move every receipt to the next day; give the hour work ends, or null.");
        }

        Rules = rules ?? throw new ArgumentNullException(nameof(rules));
        Calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        TimeZone = timeZone ?? ChinaStandardTime;
        CloseOfBusiness = closeOfBusiness;
        _calendarStart = calendar.First.AtStartOfDayInZone(TimeZone).ToInstant();
        _calendarEnd = calendar.Last.PlusDays(1).AtStartOfDayInZone(TimeZone).ToInstant();
        _deadlines = new DeadlineCalculator(calendar, TimeZone);
        _ruleOrder = rules.Rules.Select((rule, index) => (rule, index)).ToDictionary(pair => pair.rule, pair => pair.index);
        _byRuleSetOrder = (left, right) => _ruleOrder[left].CompareTo(_ruleOrder[right]);
    }

    /// <summary>The rule set decisions are made with.</summary>
    public CompiledRuleSet Rules { get; }

    /// <summary>The working-day calendar deadlines are counted on.</summary>
    public WorkingDayCalendar Calendar { get; }

    /// <summary>The time zone in which days begin and end.</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>When the platform's working day ends for receipts; null when every hour counts as its day.</summary>
    public LocalTime? CloseOfBusiness { get; }

    /// <summary>
    /// May the requester take the requested items of this resource, and how (Art. 9, 10(2), 12 ¶1, 5(2))?
    /// An ApplicationRequired decision carries the provider's reply deadline.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="entry">The catalog entry of the resource the request names.</param>
    /// <returns>The decision; Denied, with a reason, whenever no rule grants.</returns>
    /// <exception cref="ArgumentException">The entry is not the resource requested, or a requested item is not in it.</exception>
    /// <exception cref="CalendarRangeException">The request was submitted outside the calendar's years, or a deadline falls beyond them.</exception>
    public AccessDecision DecideAccess(AccessRequest request, CatalogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(entry);
        if (!string.Equals(request.ResourceCode, entry.ResourceCode, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"The request is for resource '{request.ResourceCode}', but the catalog entry given is '{entry.ResourceCode}'.", nameof(entry));
        }

        // A day the calendar cannot classify is refused whatever is asked, so no date outside it ends in a grant: the
        // instant itself, and the day it counts as received on after close of business.
        if (request.SubmittedAt < _calendarStart || request.SubmittedAt >= _calendarEnd)
        {
            throw new CalendarRangeException(nameof(request), DateOf(request.SubmittedAt), Calendar.First, Calendar.Last);
        }

        if (AccessFacts.ReceiptDay(request, TimeZone, CloseOfBusiness) is var received && received > Calendar.Last)
        {
            throw new CalendarRangeException(nameof(request), received, Calendar.First, Calendar.Last);
        }

        var requested = RequestedItems(request, entry);
        var facts = new AccessFacts[requested.Count];
        for (var i = 0; i < facts.Length; i++)
        {
            facts[i] = new AccessFacts(request, entry, requested[i]);
        }

        var run = Run(PolicyQuestion.Access, facts);
        var items = new ItemDecision[facts.Length];
        for (var i = 0; i < items.Length; i++)
        {
            var verdict = run.Verdicts[i];
            items[i] = new ItemDecision(facts[i].Item.Code, (AccessOutcome)verdict.Severity, IdsOf(verdict.Deciding));
        }

        return new AccessDecision((AccessOutcome)run.Severity, items, run.Obligations, run.Reasons, run.FiredRules, _clock.GetCurrentInstant());
    }

    /// <summary>Must the department update its catalog after this change, and by when (Art. 8)?</summary>
    /// <exception cref="CalendarRangeException">The deadline falls beyond the calendar's years.</exception>
    public Decision<CatalogUpdateOutcome> DecideCatalogUpdate(CatalogChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return Decide<CatalogUpdateOutcome>(PolicyQuestion.CatalogUpdate, new CatalogUpdateFacts(change));
    }

    /// <summary>Must this body report the year's sharing to the joint conference, and by when (Art. 18)?</summary>
    /// <param name="reporter">The body that may have to report.</param>
    /// <param name="reportingYear">The year the report covers.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year is before the Measures took effect (2016) or after 9998.</exception>
    public Decision<AnnualReportOutcome> DecideAnnualReport(Department reporter, int reportingYear)
    {
        ArgumentNullException.ThrowIfNull(reporter);
        if (reportingYear is < 2016 or > 9998)
        {
            throw new ArgumentOutOfRangeException(nameof(reportingYear), reportingYear, "The Measures took effect in 2016; report on 2016 or a later year.");
        }

        return Decide<AnnualReportOutcome>(PolicyQuestion.AnnualReport, new AnnualReportFacts(reporter, reportingYear));
    }

    private Decision<TOutcome> Decide<TOutcome>(PolicyQuestion question, RuleFacts facts)
        where TOutcome : struct, Enum
    {
        var run = Run(question, [facts]);
        var outcome = (TOutcome)Enum.ToObject(typeof(TOutcome), run.Severity);
        return new Decision<TOutcome>(outcome, run.Obligations, run.Reasons, run.FiredRules, _clock.GetCurrentInstant());
    }

    // Fires the question's rules on the facts of one decision, then combines per fact. Loops rather than LINQ:
    // this runs once per decision and is most of the engine's own share of a decision's time.
    private RuleRun Run(PolicyQuestion question, RuleFacts[] facts)
    {
        if (Fire(question, facts) is { } overBudget)
        {
            return OverBudget(question, facts, overBudget);
        }

        var verdicts = new Verdict[facts.Length];
        var severity = 0;
        var deciding = new List<PolicyRule>(facts.Length);
        var fired = new List<PolicyRule>(facts.Length);
        var noRuleApplied = false;
        List<string>? failures = null;
        for (var i = 0; i < facts.Length; i++)
        {
            var fact = facts[i];
            fired.AddRange(fact.Fired);
            if (fact.Failures.Count > 0)
            {
                (failures ??= []).AddRange(fact.Failures);
                verdicts[i] = new Verdict(question.FailClosedSeverity, []);
            }
            else
            {
                verdicts[i] = RuleCombiner.Combine(fact.Fired, question.FailClosedSeverity);
                noRuleApplied |= verdicts[i].Deciding.Count == 0;
            }

            severity = Math.Max(severity, verdicts[i].Severity);
            deciding.AddRange(verdicts[i].Deciding);
        }

        var decidingRules = InRuleSetOrder(deciding);
        var reasons = new List<Reason>(decidingRules.Length + 1);
        foreach (var rule in decidingRules)
        {
            reasons.Add(rule.Reason);
        }

        if (noRuleApplied)
        {
            reasons.Add(NoRuleApplies);
        }

        if (failures is not null)
        {
            var failed = string.Join("; ", failures.Distinct());
            reasons.Add(new Reason(Reason.RuleFailed, new BilingualText($"规则条件无法对所给事实求值，作出最严格的决定：{failed}", $"A rule's condition could not be evaluated on the facts given, so the decision takes the most restrictive outcome: {failed}"), []));
        }

        var obligations = Obligations(decidingRules, facts);
        Deadline? latestProvisional = null;
        foreach (var obligation in obligations)
        {
            if (obligation.Deadline is { IsProvisional: true } provisional && (latestProvisional is null || provisional.DueDate > latestProvisional.DueDate))
            {
                latestProvisional = provisional;
            }
        }

        if (latestProvisional is not null)
        {
            reasons.Add(_deadlines.ProvisionalReason(latestProvisional)); // one reason, naming every year the deadlines reach
        }

        return new RuleRun(verdicts, severity, reasons, obligations, IdsOf(InRuleSetOrder(fired)));
    }

    // Fires the question's rules on the facts within the decision's work budget; the id of the rule that spent it, if one did.
    private string? Fire(PolicyQuestion question, RuleFacts[] facts)
    {
        if (Rules.SessionsFor(question) is not { } sessions)
        {
            return null;
        }

        try
        {
            using var budget = WorkBudget.Start(WorkBudget.For(facts.Length));
            sessions.Fire(facts);
            return null;
        }
        catch (Exception exception) when (BudgetSpent(exception) is { } spent)
        {
            return spent.RuleId; // the session that threw is dropped by the pool, never reused
        }
    }

    private static WorkBudgetExceededException? BudgetSpent(Exception exception) =>
        exception as WorkBudgetExceededException ?? (exception.InnerException is { } inner ? BudgetSpent(inner) : null);

    // A decision whose conditions spent the budget stops and fails closed on every fact, naming the rule.
    private static RuleRun OverBudget(PolicyQuestion question, RuleFacts[] facts, string ruleId)
    {
        var verdicts = new Verdict[facts.Length];
        Array.Fill(verdicts, new Verdict(question.FailClosedSeverity, []));
        var reason = new Reason(Reason.RuleOverBudget, new BilingualText(
            $"规则 {ruleId} 的条件未能在本次决定的计算限额内求值完毕，作出最严格的决定。",
            $"Rule {ruleId} could not be evaluated in time (its condition used up the decision's work budget), so the decision takes the most restrictive outcome."), []);
        return new RuleRun(verdicts, question.FailClosedSeverity, [reason], [], []);
    }

    // The deciding rules' obligations, with their deadlines. Every fact of one decision arises from the same event,
    // so they share the day deadlines count from; it is worked out only when a deadline needs it.
    private Obligation[] Obligations(PolicyRule[] decidingRules, RuleFacts[] facts)
    {
        var obligations = new List<Obligation>();
        LocalDate? start = null;
        foreach (var rule in decidingRules)
        {
            foreach (var obligation in rule.Obligations)
            {
                Deadline? deadline = null;
                if (obligation.Deadline is { } ruleDeadline && facts.Length > 0
                    && (start ??= facts[0].DeadlineStart(TimeZone, CloseOfBusiness)) is { } day)
                {
                    deadline = _deadlines.Compute(ruleDeadline, day);
                }

                obligations.Add(new Obligation(obligation.Kind, obligation.Text, rule.Id, rule.Articles, deadline));
            }
        }

        return [.. obligations];
    }

    // The day an instant falls on in the engine's time zone; in UTC at the ends of time, where no zone can say.
    private LocalDate DateOf(Instant instant) =>
        instant > Instant.MinValue + Duration.FromDays(2) && instant < Instant.MaxValue - Duration.FromDays(2)
            ? instant.InZone(TimeZone).Date
            : instant.InUtc().Date;

    private static IReadOnlyList<CatalogItem> RequestedItems(AccessRequest request, CatalogEntry entry)
    {
        if (request.RequestedItems.Count == 0)
        {
            return entry.Items;
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

    // Sorts by place in the rule set and drops repeats (a rule fires once per item it matches), in place.
    private PolicyRule[] InRuleSetOrder(List<PolicyRule> rules)
    {
        rules.Sort(_byRuleSetOrder);
        var distinct = 0;
        for (var i = 0; i < rules.Count; i++)
        {
            if (distinct == 0 || !ReferenceEquals(rules[distinct - 1], rules[i]))
            {
                rules[distinct++] = rules[i];
            }
        }

        rules.RemoveRange(distinct, rules.Count - distinct);
        return [.. rules];
    }

    private static string[] IdsOf(IReadOnlyList<PolicyRule> rules)
    {
        var ids = new string[rules.Count];
        for (var i = 0; i < rules.Count; i++)
        {
            ids[i] = rules[i].Id;
        }

        return ids;
    }
}
