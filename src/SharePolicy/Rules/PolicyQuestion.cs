using SharePolicy.Model;

namespace SharePolicy.Rules;

/// <summary>
/// A question the policy answers. A rule file names its question; that fixes what the rules'
/// conditions see (<see cref="FactType"/>) and which outcomes they may give (<see cref="OutcomeType"/>).
/// </summary>
public sealed class PolicyQuestion
{
    private PolicyQuestion(string name, Type factType, Type outcomeType, Enum failClosedOutcome)
    {
        Name = name;
        FactType = factType;
        OutcomeType = outcomeType;
        FailClosedSeverity = Convert.ToInt32(failClosedOutcome, System.Globalization.CultureInfo.InvariantCulture);
        FailClosedOutcome = failClosedOutcome;
    }

    /// <summary>May this department take this resource, and how (Art. 9, 10(2), 12 ¶1, 5(2)).</summary>
    public static PolicyQuestion Access { get; } =
        new("access", typeof(AccessFacts), typeof(AccessOutcome), AccessOutcome.Denied);

    /// <summary>Must a department update its catalog after a change, and by when (Art. 8)?</summary>
    public static PolicyQuestion CatalogUpdate { get; } =
        new("catalog-update", typeof(CatalogUpdateFacts), typeof(CatalogUpdateOutcome), CatalogUpdateOutcome.UpdateRequired);

    /// <summary>Must a body send the joint conference an annual report, and by when (Art. 18)?</summary>
    public static PolicyQuestion AnnualReport { get; } =
        new("annual-report", typeof(AnnualReportFacts), typeof(AnnualReportOutcome), AnnualReportOutcome.ReportRequired);

    /// <summary>Every question, by the name rule files use.</summary>
    public static IReadOnlyList<PolicyQuestion> All { get; } = [Access, CatalogUpdate, AnnualReport];

    /// <summary>The name rule files use, e.g. <c>access</c>.</summary>
    public string Name { get; }

    /// <summary>The type of the facts a condition sees.</summary>
    public Type FactType { get; }

    /// <summary>The enum of this question's outcomes, ordered from least to most restrictive.</summary>
    public Type OutcomeType { get; }

    /// <summary>The most restrictive outcome: that of a prohibition, and of a question no rule answers (fail closed).</summary>
    public Enum FailClosedOutcome { get; }

    internal int FailClosedSeverity { get; }

    /// <summary>Finds a question by name.</summary>
    /// <returns>The question, or null when there is none of that name.</returns>
    public static PolicyQuestion? Find(string name) =>
        All.FirstOrDefault(question => string.Equals(question.Name, name, StringComparison.Ordinal));

    /// <inheritdoc/>
    public override string ToString() => Name;
}
