using NodaTime;
using NodaTime.Text;
using SharePolicy.Engine;
using SharePolicy.Model;
using SharePolicy.Questions;
using SharePolicy.Rules;

namespace SharePolicy.Scenarios;

/// <summary>
/// Turns the facts of a scenario's <c>given</c>, or of a request file, into the model, naming the file and
/// line in every error. Scenario files and request files share it, so both read facts the same way.
/// </summary>
/// <param name="path">The file, for errors.</param>
/// <param name="line">The line errors name.</param>
/// <param name="given">Where the facts are in the file, for errors: <c>given</c> in a scenario, null at the top of a request file.</param>
internal class FactsMapper(string path, int line, string? given)
{
    protected string Path { get; } = path;

    protected int Line { get; } = line;

    /// <summary>The facts, the question they ask, and the time they are asked at unless a scenario says otherwise.</summary>
    public (ScenarioFacts Facts, PolicyQuestion Question, Instant Time) Given(GivenDto dto)
    {
        var parts = new (string Name, object? Value)[]
        {
            ("entry", dto.Entry), ("request", dto.Request), ("reply", dto.Reply), ("change", dto.Change), ("report", dto.Report),
            ("negotiation", dto.Negotiation), ("grant", dto.Grant), ("use", dto.Use), ("demand", dto.Demand),
            ("dispute", dto.Dispute), ("project", dto.Project), ("record", dto.Record),
        };
        var present = string.Join(" ", parts.Where(part => part.Value is not null).Select(part => part.Name));
        return present switch
        {
            "entry request" => Access(dto),
            "entry request reply" => ReplyReview(dto),
            "entry" => (new CatalogValidationScenarioFacts(Entry(dto.Entry!)), PolicyQuestion.CatalogValidation, NoTime),
            "change" => CatalogUpdate(dto.Change!),
            "report" => AnnualReport(dto.Report!),
            "negotiation" => (new EscalationScenarioFacts(Negotiation(dto.Negotiation!)), PolicyQuestion.Escalation, NoTime),
            "grant use" => (new UseScenarioFacts(Grant(dto.Grant!), Use(dto.Use!)), PolicyQuestion.Use, NoTime),
            "demand" => (new ResubmissionScenarioFacts(Demand(dto.Demand!)), PolicyQuestion.Resubmission, NoTime),
            "dispute" => (new DisputeScenarioFacts(Dispute(dto.Dispute!)), PolicyQuestion.Dispute, NoTime),
            "project" => (new ProjectScenarioFacts(Project(dto.Project!)), PolicyQuestion.Project, NoTime),
            "record" => Compliance(dto.Record!),
            _ => throw Error($"{(given is null ? "a request file" : $"'{given}'")} must hold one of: entry and request (access); "
                + "entry, request and reply (reply review); entry (catalog validation); change; report; negotiation; grant and use; "
                + $"demand; dispute; project; record. It holds: {(present.Length == 0 ? "nothing" : present)}"),
        };
    }

    // Questions whose facts carry no time of their own are asked at the Unix epoch unless a scenario says 'now';
    // nothing in their decisions depends on it but the stamp.
    private static Instant NoTime => NodaTime.Instant.FromUnixTimeSeconds(0);

    private (ScenarioFacts, PolicyQuestion, Instant) Access(GivenDto dto)
    {
        var request = Request(dto.Request!);
        return (new AccessScenarioFacts(request, Entry(dto.Entry!)), PolicyQuestion.Access, request.SubmittedAt);
    }

    private (ScenarioFacts, PolicyQuestion, Instant) ReplyReview(GivenDto dto)
    {
        var reply = dto.Reply!;
        var providerReply = new ProviderReply(Required(reply.Approved, "reply.approved"), Instant(Required(reply.RepliedAt, "reply.repliedAt"), "reply.repliedAt"))
        {
            RefusalReasons = reply.RefusalReasons,
            Scope = reply.Scope,
            PurposeOfUse = reply.PurposeOfUse,
            Method = reply.Method,
        };
        return (new ReplyReviewScenarioFacts(Request(dto.Request!), Entry(dto.Entry!), providerReply), PolicyQuestion.ReplyReview, providerReply.RepliedAt);
    }

    private (ScenarioFacts, PolicyQuestion, Instant) CatalogUpdate(ChangeDto change)
    {
        var catalogChange = Change(change);
        return (new CatalogUpdateScenarioFacts(catalogChange), PolicyQuestion.CatalogUpdate, catalogChange.OccurredAt);
    }

    private (ScenarioFacts, PolicyQuestion, Instant) AnnualReport(ReportDto report)
    {
        var year = Required(report.Year, "report.year");
        var reporter = Department(Required(report.Reporter, "report.reporter"));
        var endOfYear = new LocalDate(year, 12, 31).AtStartOfDayInZone(SharePolicyEngine.ChinaStandardTime).ToInstant();
        return (new AnnualReportScenarioFacts(reporter, year), PolicyQuestion.AnnualReport, endOfYear);
    }

    private (ScenarioFacts, PolicyQuestion, Instant) Compliance(RecordDto dto)
    {
        var record = new DepartmentRecord(Department(Required(dto.Department, "record.department")))
        {
            CatalogCompiled = dto.CatalogCompiled,
            CatalogUpdates = dto.CatalogUpdates.Select(update => new CatalogUpdateRecord(
                Change(Required(update.Change, "catalogUpdates.change")), OptionalInstant(update.UpdatedAt, "catalogUpdates.updatedAt"))).ToArray(),
            Supplies = dto.Supplies.Select(supply => new SupplyRecord(
                Required(supply.Code, "supplies.code"),
                EndOfDay(Required(supply.DueDate, "supplies.dueDate")),
                OptionalInstant(supply.SuppliedAt, "supplies.suppliedAt"))).ToArray(),
            QualityIssues = dto.QualityIssues.Select(issue => new QualityIssue(
                Required(issue.Code, "qualityIssues.code"), Required(issue.Kind, "qualityIssues.kind"), Required(issue.Description, "qualityIssues.description"))).ToArray(),
            Uses = dto.Uses.Select(use => new UseRecord(Grant(Required(use.Grant, "uses.grant")), Use(Required(use.Use, "uses.use")))).ToArray(),
            AnnualReports = dto.AnnualReports.Select(report => new AnnualReportRecord(
                Required(report.Year, "annualReports.year"), OptionalInstant(report.SubmittedAt, "annualReports.submittedAt"))).ToArray(),
        };
        var reviewedAt = Instant(Required(dto.ReviewedAt, "record.reviewedAt"), "record.reviewedAt");
        return (new ComplianceScenarioFacts(record), PolicyQuestion.Compliance, reviewedAt);
    }

    private CatalogChange Change(ChangeDto change) => new(
        Department(Required(change.Department, "change.department")),
        Required(change.Kind, "change.kind"),
        Instant(Required(change.OccurredAt, "change.occurredAt"), "change.occurredAt"));

    private SharingNegotiation Negotiation(NegotiationDto dto) => new(
        Department(Required(dto.Requester, "negotiation.requester")),
        Department(Required(dto.Provider, "negotiation.provider")),
        Required(dto.Code, "negotiation.code"),
        Required(dto.Failed, "negotiation.failed"));

    private ShareGrant Grant(GrantDto dto) => new(
        Department(Required(dto.Grantee, "grant.grantee")), Required(dto.Code, "grant.code"), dto.Items, Purpose(Required(dto.Purpose, "grant.purpose")));

    private DataUse Use(UseDto dto) => new(Department(Required(dto.User, "use.user")), Purpose(Required(dto.Purpose, "use.purpose")), dto.Items)
    {
        PassesToThirdParty = dto.PassesToThirdParty,
        InChangedForm = dto.InChangedForm,
    };

    private DocumentDemand Demand(DemandDto dto) => new(
        Department(Required(dto.Department, "demand.department")),
        Required(dto.Party, "demand.party"),
        Required(dto.Item, "demand.item"),
        dto.Source is { } source ? Entry(source) : null);

    private DataDispute Dispute(DisputeDto dto) => new(
        Department(Required(dto.User, "dispute.user")),
        Department(Required(dto.Provider, "dispute.provider")),
        Required(dto.Code, "dispute.code"),
        Required(dto.Applicant, "dispute.applicant"),
        Required(dto.ApplicantHasValidProof, "dispute.applicantHasValidProof"));

    private InformationProject Project(ProjectDto dto) => new(
        Required(dto.Name, "project.name"), Department(Required(dto.Owner, "project.owner")), Required(dto.Stage, "project.stage"))
    {
        HasResourceCatalog = dto.HasResourceCatalog,
        CatalogRegistered = dto.CatalogRegistered,
        MeetsSharingRequirements = dto.MeetsSharingRequirements,
    };

    private Purpose Purpose(PurposeDto dto) => new(Required(dto.Use, "purpose.use"), Required(dto.Duty, "purpose.duty"));

    private Instant? OptionalInstant(string? text, string field) => text is null ? null : Instant(text, field);

    // A deadline stated as a due date ends when that day ends in Beijing.
    private Deadline EndOfDay(string text)
    {
        var due = LocalDatePattern.Iso.Parse(text) is { Success: true } result
            ? result.Value
            : throw Error($"'{text}' must be a date, e.g. 2025-10-17");
        return new Deadline(due, due.PlusDays(1).AtStartOfDayInZone(SharePolicyEngine.ChinaStandardTime).ToInstant());
    }

    protected Instant Instant(string text, string field) =>
        OffsetDateTimePattern.ExtendedIso.Parse(text) is { Success: true } result
            ? result.Value.ToInstant()
            : throw Error($"{field} '{text}' must be a date and time with its offset, e.g. 2025-09-28T10:00:00+08:00");

    protected T Required<T>(T? value, string field)
        where T : class => value ?? throw Error($"'{field}' is missing");

    protected T Required<T>(T? value, string field)
        where T : struct => value ?? throw Error($"'{field}' is missing");

    protected ScenarioFormatException Error(string reason) => new(Path, Line, reason);

    private AccessRequest Request(RequestDto dto) => new(
        Department(Required(dto.Requester, "request.requester")),
        Required(dto.Code, "request.code"),
        dto.Items,
        dto.Purpose is { } purpose ? Purpose(purpose) : null,
        Required(dto.Method, "request.method"),
        Instant(Required(dto.SubmittedAt, "request.submittedAt"), "request.submittedAt"))
    {
        Network = dto.Network,
    };

    private CatalogEntry Entry(EntryDto dto) => new(
        Required(dto.Code, "entry.code"),
        Required(dto.Name, "entry.name"),
        Department(Required(dto.Provider, "entry.provider")),
        Required(dto.Category, "entry.category"),
        Required(dto.ShareType, "entry.shareType"),
        dto.Items.Select(item => new CatalogItem(
            Required(item.Code, "item.code"), Required(item.Name, "item.name"), Required(item.Kind, "item.kind"), item.ShareType)))
    {
        BaseResource = dto.BaseResource,
        ShareConditions = dto.ShareConditions,
        ShareMethods = dto.ShareMethods,
        Zone = dto.Zone,
        Format = dto.Format,
        UpdateCycle = dto.UpdateCycle,
        Classified = dto.Classified,
        ConnectedToPlatform = dto.ConnectedToPlatform,
        LegalBasis = dto.LegalBasis is { } basis
            ? new LegalBasis(Required(basis.Kind, "legalBasis.kind"), Required(basis.Citation, "legalBasis.citation"))
            : null,
    };

    private Department Department(DepartmentDto dto) => new(
        Required(dto.Code, "department.code"),
        Required(dto.Name, "department.name"),
        Required(dto.Level, "department.level"),
        Required(dto.Region, "department.region"));
}
