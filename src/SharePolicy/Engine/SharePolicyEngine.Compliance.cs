using NodaTime;
using SharePolicy.Model;
using SharePolicy.Questions;
using SharePolicy.Rules;

namespace SharePolicy.Engine;

public sealed partial class SharePolicyEngine
{
    /// <summary>
    /// What must the department rectify (Art. 24)? Every entry of its record is checked at the engine clock's time:
    /// catalog compiled (24(1)), updates by the Art. 8 deadline (24(1)), shared data by its deadline (24(2)),
    /// quality (24(3), Art. 13), uses (24(4), Art. 14) and annual reports by the Art. 18 date (24(5)).
    /// Deadlines come from the same rules that answer those questions.
    /// </summary>
    /// <param name="record">The department's record.</param>
    /// <exception cref="ArgumentException">The record says something was done after the time of the review.</exception>
    /// <exception cref="SharePolicy.Calendar.CalendarRangeException">A deadline falls beyond the calendar's years.</exception>
    public ComplianceDecision ReviewCompliance(DepartmentRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var now = _clock.GetCurrentInstant();
        var doneLater = record.CatalogUpdates.Select(update => update.UpdatedAt)
            .Concat(record.Supplies.Select(supply => supply.SuppliedAt))
            .Concat(record.AnnualReports.Select(report => report.SubmittedAt))
            .FirstOrDefault(done => done > now);
        if (doneLater is { } later)
        {
            throw new ArgumentException($"The record has an entry done at {later}, after the time of the review, {now}.", nameof(record));
        }

        var facts = ComplianceEntries(record, now).ToArray();
        var run = Run(PolicyQuestion.Compliance, facts);
        var findings = facts
            .SelectMany((fact, i) => run.Verdicts[i].Deciding
                .Where(rule => rule.Effect == RuleEffect.Forbid)
                .Select(rule => new ComplianceFinding(rule.Articles, rule.Id, rule.Reason.Text, fact.Evidence)))
            .ToArray();
        // A review that finds something reports the findings: the "in order" reasons of the other entries would only
        // contradict the outcome. (An access decision keeps every item's reasons: each item has its own outcome.)
        var rectify = (ComplianceOutcome)run.Severity == ComplianceOutcome.RectificationRequired;
        var reasons = rectify ? run.Reasons.Where(reason => Rules.FindRule(reason.RuleId)?.Effect != RuleEffect.Permit).ToArray() : run.Reasons;
        return new ComplianceDecision((ComplianceOutcome)run.Severity, findings, run.Obligations, reasons, run.FiredRules, now);
    }

    private IEnumerable<ComplianceFacts> ComplianceEntries(DepartmentRecord record, Instant now)
    {
        var department = record.Department;
        yield return new ComplianceFacts(record, now, ComplianceEntryKind.Catalog,
            record.CatalogCompiled ? "resource catalog compiled" : "no resource catalog compiled");

        foreach (var update in record.CatalogUpdates)
        {
            var due = DeadlineOf(DecideCatalogUpdate(update.Change).Obligations, ObligationKind.UpdateCatalog);
            yield return new ComplianceFacts(record, now, ComplianceEntryKind.CatalogUpdate,
                $"catalog update after {update.Change.Kind} at {update.Change.OccurredAt}: {Describe(due, update.UpdatedAt, now)}")
            {
                CatalogUpdate = update,
                Timeliness = due?.Check(update.UpdatedAt, now),
            };
        }

        foreach (var supply in record.Supplies)
        {
            yield return new ComplianceFacts(record, now, ComplianceEntryKind.Supply,
                $"shared data of {supply.ResourceCode}: {Describe(supply.Due, supply.SuppliedAt, now)}")
            {
                Supply = supply,
                Timeliness = supply.Due.Check(supply.SuppliedAt, now),
            };
        }

        foreach (var issue in record.QualityIssues)
        {
            yield return new ComplianceFacts(record, now, ComplianceEntryKind.Quality,
                $"data of {issue.ResourceCode} found {issue.Kind}: {issue.Description}")
            {
                Quality = issue,
            };
        }

        foreach (var use in record.Uses)
        {
            var check = DecideUse(use.Grant, use.Use);
            yield return new ComplianceFacts(record, now, ComplianceEntryKind.Use,
                $"use of {use.Grant.ResourceCode} as {use.Use.Purpose.Use} for {use.Use.Purpose.Duty}: {check.Outcome} ({string.Join(", ", check.Reasons.Select(reason => reason.RuleId))})")
            {
                Use = use,
                UseCheck = check.Outcome,
            };
        }

        foreach (var report in record.AnnualReports)
        {
            var due = DeadlineOf(DecideAnnualReport(department, report.Year).Obligations, ObligationKind.ReportAnnually);
            yield return new ComplianceFacts(record, now, ComplianceEntryKind.AnnualReport,
                $"annual report on {report.Year}: {Describe(due, report.SubmittedAt, now)}")
            {
                AnnualReport = report,
                Timeliness = due?.Check(report.SubmittedAt, now),
            };
        }
    }

    private static Deadline? DeadlineOf(IReadOnlyList<Obligation> obligations, ObligationKind kind) =>
        obligations.FirstOrDefault(obligation => obligation.Kind == kind)?.Deadline;

    private static string Describe(Deadline? due, Instant? doneAt, Instant now) =>
        (due, doneAt) switch
        {
            (null, _) => "no deadline",
            (_, null) => $"due {due.DueDate:uuuu-MM-dd}, not done by {now}",
            _ => $"due {due.DueDate:uuuu-MM-dd}, done at {doneAt}",
        };
}
