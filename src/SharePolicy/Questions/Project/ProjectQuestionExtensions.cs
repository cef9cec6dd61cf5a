namespace SharePolicy.Questions;

/// <summary>The project question's entry point.</summary>
public static class ProjectQuestionExtensions
{
    /// <summary>
    /// Does an information project pass approval, acceptance or funding (Art. 21)? The rule sets are those in force on
    /// the day of the decision.
    /// </summary>
    /// <param name="decider">The engine.</param>
    /// <param name="project">The project at one of its examinations.</param>
    /// <param name="jurisdiction">The region code whose overlays apply, instead of the engine's; null for the engine's.</param>
    public static Decision<ProjectOutcome> DecideProject(this IPolicyDecider decider, InformationProject project, string? jurisdiction = null)
    {
        ArgumentNullException.ThrowIfNull(decider);
        ArgumentNullException.ThrowIfNull(project);
        return decider.Decide(PolicyQuestions.Project, project, jurisdiction);
    }
}
