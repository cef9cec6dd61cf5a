using SharePolicy.Model;

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

    public GivenDto? Given { get; set; }

    public ExpectDto? Expect { get; set; }
}

internal sealed class GivenDto
{
    public EntryDto? Entry { get; set; }

    public RequestDto? Request { get; set; }

    public ChangeDto? Change { get; set; }

    public ReportDto? Report { get; set; }
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
}
