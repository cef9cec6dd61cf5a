using NodaTime;
using SharePolicy.Questions.Binding;
using SharePolicy.Rules;

namespace SharePolicy.Questions;

/// <summary>Does an information project pass approval, acceptance or funding (Art. 21)?</summary>
public sealed class ProjectQuestion : OneFactQuestion<InformationProject, ProjectOutcome>
{
    internal ProjectQuestion()
        : base("project", typeof(ProjectFacts), ProjectOutcome.Fail)
    {
    }

    internal override RuleFacts Fact(InformationProject input, QuestionContext context) => new ProjectFacts(input);

    internal override (InformationProject Input, Instant? Time)? Bind(GivenReader given)
    {
        var node = given.Given("project")?.Required("project");
        var map = given.Map(node, "a project", "name", "owner", "stage", "hasResourceCatalog", "catalogRegistered", "meetsSharingRequirements",
            "sharesAcrossDepartments", "sharesThroughPlatform");
        var name = given.Text(map?.Required("name"), "project name");
        var owner = given.Department(map?.Required("owner"));
        var stage = given.Enum<ProjectStage>(map?.Required("stage"), "project stage");
        var catalog = given.Flag(map, "hasResourceCatalog", "project hasResourceCatalog");
        var registered = given.Flag(map, "catalogRegistered", "project catalogRegistered");
        var meets = given.Flag(map, "meetsSharingRequirements", "project meetsSharingRequirements");
        var across = given.Flag(map, "sharesAcrossDepartments", "project sharesAcrossDepartments");
        var throughPlatform = given.Flag(map, "sharesThroughPlatform", "project sharesThroughPlatform");
        return name is null || owner is null || stage is null || catalog is null || registered is null || meets is null || across is null || throughPlatform is null
            || given.Make(node!, () => new InformationProject(name, owner, stage.Value)
            {
                HasResourceCatalog = catalog.Value,
                CatalogRegistered = registered.Value,
                MeetsSharingRequirements = meets.Value,
                SharesAcrossDepartments = across.Value,
                SharesThroughPlatform = throughPlatform.Value,
            }) is not { } project
            ? null
            : (project, null);
    }
}
