using SharePolicy.Model;
using SharePolicy.Questions;
using SharePolicy.Rules;

namespace SharePolicy.Engine;

public sealed partial class SharePolicyEngine
{
    /// <summary>What does this catalog entry breach (Art. 7, 9, 10(1)–(3), 11)? Each breach is one reason.</summary>
    public Decision<CatalogValidationOutcome> ValidateCatalogEntry(CatalogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Decide<CatalogValidationOutcome>(PolicyQuestion.CatalogValidation, new CatalogValidationFacts(entry));
    }

    /// <summary>Does an information project pass approval, acceptance or funding (Art. 21)?</summary>
    public Decision<ProjectOutcome> DecideProject(InformationProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return Decide<ProjectOutcome>(PolicyQuestion.Project, new ProjectFacts(project));
    }
}
