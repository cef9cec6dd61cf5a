using SharePolicy.Calendar;
using SharePolicy.Model;

namespace SharePolicy.Rules;

/// <summary>The reasons a decision gives that no rule file states: why it failed closed, and why a deadline is provisional.</summary>
internal static class StandardReasons
{
    public static Reason NoRuleApplies { get; } = new(Reason.NoRuleApplies, new BilingualText(
        "没有适用的规则，依据“未明确允许即不予准许”的原则作出最严格的决定。",
        "No rule applies; the decision takes the most restrictive outcome because nothing allows another."), []);

    public static Reason RuleFailed(string failures) => new(Reason.RuleFailed, new BilingualText(
        $"规则条件无法对所给事实求值，作出最严格的决定：{failures}",
        $"A rule's condition could not be evaluated on the facts given, so the decision takes the most restrictive outcome: {failures}"), []);

    public static Reason RuleOverBudget(string ruleId) => new(Reason.RuleOverBudget, new BilingualText(
        $"规则 {ruleId} 的条件未能在本次决定的计算限额内求值完毕，作出最严格的决定。",
        $"Rule {ruleId} could not be evaluated in time (its condition used up the decision's work budget), so the decision takes the most restrictive outcome."), []);

    public static Reason NoRuleSetInForce(NodaTime.LocalDate day, string? region, string? question = null) => new(Reason.NoRuleSetInForce, new BilingualText(
        $"{day:uuuu-MM-dd}{(region is null ? string.Empty : $"在{region}")}没有生效的{(question is null ? string.Empty : $"回答“{question}”问题的")}规则集，无从作出准许，作出最严格的决定。",
        $"No rule set {(question is null ? string.Empty : $"answering the '{question}' question ")}is in force on {day:uuuu-MM-dd}{(region is null ? string.Empty : $" in {region}")}, so nothing can allow an outcome and the decision takes the most restrictive one."), []);

    public static Reason NotInCatalog(string resourceCode) => new(Reason.NotInCatalog, new BilingualText(
        $"政务信息资源目录中没有编码为{resourceCode}的资源；目录是政务部门间信息资源共享的依据，不予共享。",
        $"The resource catalog lists no resource '{resourceCode}'; the catalog is the basis of sharing between departments, so nothing is shared from it."), []);

    /// <summary>The reason a decision gives for a deadline counted on provisional days: which years' notices are missing.</summary>
    public static Reason Provisional(WorkingDayCalendar calendar, Deadline deadline)
    {
        var from = calendar.LastConfirmed.Year + 1;
        var years = deadline.DueDate.Year > from ? FormattableString.Invariant($"{from}–{deadline.DueDate.Year}") : from.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new Reason(Reason.ProvisionalDeadline, new BilingualText(
            $"截止日期按{years}年的法定节假日推算：尚未载入国务院办公厅{years}年部分节假日安排的通知，{deadline.DueDate:uuuu-MM-dd}为暂定日期，通知发布后可能变动。",
            $"The deadline counts days of {years} projected from the statutory holidays alone: the State Council's holiday notice for {years} is not loaded, so {deadline.DueDate:uuuu-MM-dd} is provisional and may move when it is published."), []);
    }
}
