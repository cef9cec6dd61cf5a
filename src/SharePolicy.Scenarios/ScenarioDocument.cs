using SharePolicy.Model;
using SharePolicy.Questions;
using SharePolicy.Rules;

namespace SharePolicy.Scenarios;

// The shape of a scenario file as YAML states it; ScenarioFileReader turns it into the model.
// Settable properties are what YamlDotNet's deserializer needs; nothing outside this assembly sees them.
#pragma warning disable CA1812, CA2227 // instantiated by YamlDotNet; collections are filled by it

internal sealed class ScenarioDocument
{
    public string? Article { get; set; }

    public string? RuleSet { get; set; }

    public object? Definitions { get; set; }

    public List<ScenarioDto> Scenarios { get; set; } = [];
}

internal sealed class ScenarioDto
{
    public string? Name { get; set; }

    public string? Rule { get; set; }

    public string? Now { get; set; }

    public int? ProvisionalYears { get; set; }

    public GivenDto? Given { get; set; }

    public ExpectDto? Expect { get; set; }
}

internal class GivenDto
{
    public EntryDto? Entry { get; set; }

    public RequestDto? Request { get; set; }

    public ChangeDto? Change { get; set; }

    public ReportDto? Report { get; set; }

    public ReplyDto? Reply { get; set; }

    public NegotiationDto? Negotiation { get; set; }

    public GrantDto? Grant { get; set; }

    public UseDto? Use { get; set; }

    public DemandDto? Demand { get; set; }

    public DisputeDto? Dispute { get; set; }

    public ProjectDto? Project { get; set; }

    public RecordDto? Record { get; set; }
}

internal sealed class ReplyDto
{
    public bool? Approved { get; set; }

    public string? RepliedAt { get; set; }

    public string? RefusalReasons { get; set; }

    public List<string> Scope { get; set; } = [];

    public UsePurpose? PurposeOfUse { get; set; }

    public ShareMethod? Method { get; set; }
}

internal sealed class NegotiationDto
{
    public DepartmentDto? Requester { get; set; }

    public DepartmentDto? Provider { get; set; }

    public string? Code { get; set; }

    public bool? Failed { get; set; }
}

internal sealed class GrantDto
{
    public DepartmentDto? Grantee { get; set; }

    public string? Code { get; set; }

    public List<string> Items { get; set; } = [];

    public PurposeDto? Purpose { get; set; }
}

internal sealed class UseDto
{
    public DepartmentDto? User { get; set; }

    public PurposeDto? Purpose { get; set; }

    public List<string> Items { get; set; } = [];

    public bool PassesToThirdParty { get; set; }

    public bool InChangedForm { get; set; }
}

internal sealed class DemandDto
{
    public DepartmentDto? Department { get; set; }

    public PartyKind? Party { get; set; }

    public string? Item { get; set; }

    public EntryDto? Source { get; set; }
}

internal sealed class DisputeDto
{
    public DepartmentDto? User { get; set; }

    public DepartmentDto? Provider { get; set; }

    public string? Code { get; set; }

    public PartyKind? Applicant { get; set; }

    public bool? ApplicantHasValidProof { get; set; }
}

internal sealed class ProjectDto
{
    public string? Name { get; set; }

    public DepartmentDto? Owner { get; set; }

    public ProjectStage? Stage { get; set; }

    public bool HasResourceCatalog { get; set; }

    public bool CatalogRegistered { get; set; }

    public bool MeetsSharingRequirements { get; set; }
}

internal sealed class RecordDto
{
    public DepartmentDto? Department { get; set; }

    public string? ReviewedAt { get; set; }

    public bool CatalogCompiled { get; set; }

    public List<CatalogUpdateRecordDto> CatalogUpdates { get; set; } = [];

    public List<SupplyRecordDto> Supplies { get; set; } = [];

    public List<QualityIssueDto> QualityIssues { get; set; } = [];

    public List<UseRecordDto> Uses { get; set; } = [];

    public List<AnnualReportRecordDto> AnnualReports { get; set; } = [];
}

internal sealed class CatalogUpdateRecordDto
{
    public ChangeDto? Change { get; set; }

    public string? UpdatedAt { get; set; }
}

internal sealed class SupplyRecordDto
{
    public string? Code { get; set; }

    public string? DueDate { get; set; }

    public string? SuppliedAt { get; set; }
}

internal sealed class QualityIssueDto
{
    public string? Code { get; set; }

    public QualityIssueKind? Kind { get; set; }

    public string? Description { get; set; }
}

internal sealed class UseRecordDto
{
    public GrantDto? Grant { get; set; }

    public UseDto? Use { get; set; }
}

internal sealed class AnnualReportRecordDto
{
    public int? Year { get; set; }

    public string? SubmittedAt { get; set; }
}

internal sealed class LegalBasisDto
{
    public LegalBasisKind? Kind { get; set; }

    public string? Citation { get; set; }
}

// A request file (RequestFileReader) is the 'given' part of a scenario, with definitions for anchors.
internal sealed class RequestFileDocument : GivenDto
{
    public object? Definitions { get; set; }
}

internal sealed class ChangeDto
{
    public DepartmentDto? Department { get; set; }

    public CatalogChangeKind? Kind { get; set; }

    public string? OccurredAt { get; set; }
}

internal sealed class ReportDto
{
    public DepartmentDto? Reporter { get; set; }

    public int? Year { get; set; }
}

internal sealed class DepartmentDto
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public GovernmentLevel? Level { get; set; }

    public string? Region { get; set; }
}

internal sealed class EntryDto
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public DepartmentDto? Provider { get; set; }

    public ResourceCategory? Category { get; set; }

    public string? BaseResource { get; set; }

    public ShareType? ShareType { get; set; }

    public string? ShareConditions { get; set; }

    public List<ShareMethod> ShareMethods { get; set; } = [];

    public NetworkZone Zone { get; set; } = NetworkZone.External;

    public List<ItemDto> Items { get; set; } = [];

    public string? Format { get; set; }

    public string? UpdateCycle { get; set; }

    public bool Classified { get; set; }

    public bool ConnectedToPlatform { get; set; } = true;

    public LegalBasisDto? LegalBasis { get; set; }
}

internal sealed class ItemDto
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public ItemKind? Kind { get; set; }

    public ShareType? ShareType { get; set; }
}

internal sealed class RequestDto
{
    public DepartmentDto? Requester { get; set; }

    public string? Code { get; set; }

    public List<string> Items { get; set; } = [];

    public PurposeDto? Purpose { get; set; }

    public ShareMethod? Method { get; set; }

    public string? SubmittedAt { get; set; }

    public NetworkZone Network { get; set; } = NetworkZone.External;
}

internal sealed class PurposeDto
{
    public UsePurpose? Use { get; set; }

    public string? Duty { get; set; }
}

internal sealed class ExpectDto
{
    public string? Outcome { get; set; }

    public List<string>? Articles { get; set; }

    public List<string>? FiredRules { get; set; }

    public List<string>? Reasons { get; set; }

    public List<ObligationKind>? Obligations { get; set; }

    public Dictionary<ObligationKind, string>? Deadlines { get; set; }

    public Dictionary<string, AccessOutcome>? Items { get; set; }

    public List<string>? Findings { get; set; }
}
