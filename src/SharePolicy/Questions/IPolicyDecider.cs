namespace SharePolicy.Questions;

/// <summary>
/// Decides a question: what <c>SharePolicyEngine</c> is to every question. The questions' entry points
/// (<c>DecideAccess</c>, <c>ReviewReply</c>, …) are extensions of it, one in each question's folder.
/// </summary>
public interface IPolicyDecider
{
    /// <summary>Decides <paramref name="input"/> with the rule sets in force on the day of its event, in the jurisdiction given.</summary>
    /// <param name="question">The question, e.g. <see cref="PolicyQuestions.Access"/>.</param>
    /// <param name="input">What the question is asked about.</param>
    /// <param name="jurisdiction">The region code of the place the decision is made for (its overlays apply), instead of the engine's; null for the engine's.</param>
    /// <typeparam name="TInput">The question's input.</typeparam>
    /// <typeparam name="TDecision">The question's decision.</typeparam>
    /// <returns>The decision; the question's most restrictive outcome, with a reason, whenever no rule allows another.</returns>
    /// <exception cref="ArgumentException">The input does not fit together, or the jurisdiction is not a region code.</exception>
    TDecision Decide<TInput, TDecision>(PolicyQuestion<TInput, TDecision> question, TInput input, string? jurisdiction = null)
        where TInput : notnull
        where TDecision : Decision;
}
