using NodaTime;
using SharePolicy.Files;
using SharePolicy.Model;
using SharePolicy.Questions.Binding;
using SharePolicy.Rules;

namespace SharePolicy.Questions;

#pragma warning disable CA2208 // an input error names the parameter of the public entry point the value was passed to

/// <summary>
/// What must a department rectify (Art. 24, with 8, 12, 13, 14 and 18)? One fact per entry of its record, checked at the
/// time of the review, which is its event; deadlines come from the same rules that answer the catalog-update,
/// annual-report and use questions, in force on the days of their own events.
/// </summary>
public sealed class ComplianceQuestion : PolicyQuestion<DepartmentRecord, ComplianceDecision>
{
    internal ComplianceQuestion()
        : base("compliance", typeof(ComplianceFacts), typeof(ComplianceOutcome), ComplianceOutcome.RectificationRequired, hasDeadlines: false, allowsLocalProhibitions: false)
    {
    }

    internal override LocalDate EventDate(DepartmentRecord input, QuestionContext context) => context.Today;

    internal override RuleFacts[] Facts(DepartmentRecord input, QuestionContext context)
    {
        var now = context.Now;
        var doneLater = input.CatalogUpdates.Select(update => update.UpdatedAt)
            .Concat(input.Supplies.Select(supply => supply.SuppliedAt))
            .Concat(input.AnnualReports.Select(report => report.SubmittedAt))
            .FirstOrDefault(done => done > now);
        if (doneLater is { } later)
        {
            throw new ArgumentException($"The record has an entry done at {later}, after the time of the review, {now}.", "record");
        }

        return [.. Entries(input, context)];
    }

    internal override ComplianceDecision Decide(DepartmentRecord input, RuleFacts[] facts, DecisionRun run, QuestionContext context)
    {
        var findings = new List<ComplianceFinding>();
        for (var i = 0; i < facts.Length; i++)
        {
            foreach (var rule in run.Verdicts[i].Deciding)
            {
                if (rule.Effect == RuleEffect.Forbid)
                {
                    findings.Add(new ComplianceFinding(rule.Articles, rule.Id, rule.Reason.Text, ((ComplianceFacts)facts[i]).Evidence));
                }
            }
        }

        var outcome = (ComplianceOutcome)run.Severity;
        var reported = run.WithReasonsOfItsOutcome();
        return new ComplianceDecision(outcome, findings, reported);
    }

    internal override (DepartmentRecord Input, Instant? Time)? Bind(GivenReader given)
    {
        var node = given.Given("record")?.Required("record");
        var map = given.Map(node, "a record", "department", "reviewedAt", "catalogCompiled", "catalogUpdates", "supplies", "qualityIssues", "uses", "annualReports", "otherBreaches", "dutyBreaches");
        var department = given.Department(map?.Required("department"));
        var reviewed = given.Instant(map?.Required("reviewedAt"), "record reviewedAt");
        var compiled = given.Flag(map, "catalogCompiled", "record catalogCompiled");
        var updates = Entries(given, map, "catalogUpdates", item =>
        {
            var entry = given.Map(item, "a catalog update", "change", "updatedAt", "extensionApproved");
            var change = CatalogUpdateQuestion.ReadChange(given, entry?.Required("change"));
            var updated = GivenReader.Optional(entry, "updatedAt") is { } at ? given.Instant(at, "catalog update updatedAt") : null;
            var extended = given.Flag(entry, "extensionApproved", "catalog update extensionApproved");
            return change is null || GivenReader.Missing(entry, "updatedAt", updated) || extended is null
                ? null
                : given.Make(item, () => new CatalogUpdateRecord(change, updated) { ExtensionApproved = extended.Value });
        });
        var supplies = Entries(given, map, "supplies", item =>
        {
            var entry = given.Map(item, "a supply", "code", "dueDate", "suppliedAt", "acceptedDelayReason");
            var code = given.Text(entry?.Required("code"), "supply code");
            var due = given.Date(entry?.Required("dueDate"), "supply dueDate");
            var supplied = GivenReader.Optional(entry, "suppliedAt") is { } at ? given.Instant(at, "supply suppliedAt") : null;
            var reason = given.Text(GivenReader.Optional(entry, "acceptedDelayReason"), "supply acceptedDelayReason");
            return code is null || due is null || GivenReader.Missing(entry, "suppliedAt", supplied) || GivenReader.Missing(entry, "acceptedDelayReason", reason) ? null
                : given.Make(item, () => new SupplyRecord(code, EndOfDay(due.Value), supplied) { AcceptedDelayReason = reason });
        });
        var issues = Entries(given, map, "qualityIssues", item =>
        {
            var entry = given.Map(item, "a quality issue", "code", "kind", "description");
            var code = given.Text(entry?.Required("code"), "quality issue code");
            var kind = given.Enum<QualityIssueKind>(entry?.Required("kind"), "quality issue kind");
            var description = given.Text(entry?.Required("description"), "quality issue description");
            return code is null || kind is null || description is null ? null : given.Make(item, () => new QualityIssue(code, kind.Value, description));
        });
        var uses = Entries(given, map, "uses", item =>
        {
            var entry = given.Map(item, "a use record", "grant", "use");
            var grant = UseQuestion.ReadGrant(given, entry?.Required("grant"));
            var use = UseQuestion.ReadUse(given, entry?.Required("use"));
            return grant is null || use is null ? null : given.Make(item, () => new UseRecord(grant, use));
        });
        var reports = Entries(given, map, "annualReports", item =>
        {
            var entry = given.Map(item, "an annual report", "year", "submittedAt");
            var year = given.Number(entry?.Required("year"), "annual report year", 1, 9998);
            var submitted = GivenReader.Optional(entry, "submittedAt") is { } at ? given.Instant(at, "annual report submittedAt") : null;
            return year is null || GivenReader.Missing(entry, "submittedAt", submitted) ? null : given.Make(item, () => new AnnualReportRecord(year.Value, submitted));
        });
        var breaches = Entries(given, map, "otherBreaches", item =>
        {
            var entry = given.Map(item, "another breach", "provision", "description");
            var provision = given.Text(entry?.Required("provision"), "breach provision");
            var description = given.Text(entry?.Required("description"), "breach description");
            return provision is null || description is null ? null : given.Make(item, () => new OtherBreach(provision, description));
        });
        var duties = Entries(given, map, "dutyBreaches", item =>
        {
            var entry = given.Map(item, "a duty breached", "duty", "description");
            var duty = given.Enum<SharingDuty>(entry?.Required("duty"), "breach duty");
            var description = given.Text(entry?.Required("description"), "breach description");
            return duty is null || description is null ? null : given.Make(item, () => new DutyBreach(duty.Value, description));
        });
        if (department is null || reviewed is null || compiled is null || updates is null || supplies is null || issues is null || uses is null || reports is null
            || breaches is null || duties is null)
        {
            return null;
        }

        return given.Make(node!, () => new DepartmentRecord(department)
        {
            CatalogCompiled = compiled.Value,
            CatalogUpdates = updates,
            Supplies = supplies,
            QualityIssues = issues,
            Uses = uses,
            AnnualReports = reports,
            OtherBreaches = breaches,
            DutyBreaches = duties,
        }) is { } record ? (record, reviewed.Value) : null;
    }

    private static IReadOnlyList<T>? Entries<T>(GivenReader given, YamlFields.Mapping? map, string key, Func<YamlDotNet.RepresentationModel.YamlNode, T?> read)
        where T : class =>
        GivenReader.Optional(map, key) is { } node ? given.List(node, $"record {key}", read) : [];

    // A deadline stated as a due date ends when that day ends in Beijing.
    private static Deadline EndOfDay(LocalDate due) =>
        new(due, due.PlusDays(1).AtStartOfDayInZone(ChinaTime.Zone).ToInstant());

    private static IEnumerable<ComplianceFacts> Entries(DepartmentRecord record, QuestionContext context)
    {
        var (now, decider, place) = (context.Now, context.Decider, context.Jurisdiction);
        yield return new ComplianceFacts(record, now, ComplianceEntryKind.Catalog,
            record.CatalogCompiled ? "resource catalog compiled" : "no resource catalog compiled");

        foreach (var update in record.CatalogUpdates)
        {
            var due = DeadlineOf(decider.DecideCatalogUpdate(update.Change, place).Obligations, ObligationKind.UpdateCatalog);
            if (update.ExtensionApproved && due is { ExtendableBy: > 0 } extendable)
            {
                due = context.Extend(extendable, extendable.ExtendableBy); // the authority agreed to the longest extension the rule allows
            }

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
            var check = decider.DecideUse(use.Grant, use.Use, place);
            yield return new ComplianceFacts(record, now, ComplianceEntryKind.Use,
                $"use of {use.Grant.ResourceCode} as {use.Use.Purpose.Use} for {use.Use.Purpose.Duty}: {check.Outcome} ({string.Join(", ", check.Reasons.Select(reason => reason.RuleId))})")
            {
                Use = use,
                UseCheck = check.Outcome,
                UseRules = [.. check.Reasons.Select(reason => reason.RuleId)],
            };
        }

        foreach (var report in record.AnnualReports)
        {
            var due = DeadlineOf(decider.DecideAnnualReport(record.Department, report.Year, place).Obligations, ObligationKind.ReportAnnually);
            yield return new ComplianceFacts(record, now, ComplianceEntryKind.AnnualReport,
                $"annual report on {report.Year}: {Describe(due, report.SubmittedAt, now)}")
            {
                AnnualReport = report,
                Timeliness = due?.Check(report.SubmittedAt, now),
            };
        }

        foreach (var breach in record.OtherBreaches)
        {
            yield return new ComplianceFacts(record, now, ComplianceEntryKind.OtherBreach, $"breach of {breach.Provision}: {breach.Description}")
            {
                OtherBreach = breach,
            };
        }

        foreach (var breach in record.DutyBreaches)
        {
            yield return new ComplianceFacts(record, now, ComplianceEntryKind.DutyBreach, $"breach of the duty {breach.Duty}: {breach.Description}")
            {
                Breached = breach,
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
