using SharePolicy.Rules;

namespace SharePolicy.Questions;

/// <summary>What a project rule's condition sees (Art. 21).</summary>
public sealed class ProjectFacts : RuleFacts
{
    internal ProjectFacts(InformationProject project)
    {
        Project = project;
    }

    /// <summary>The project examined.</summary>
    public InformationProject Project { get; }
}
