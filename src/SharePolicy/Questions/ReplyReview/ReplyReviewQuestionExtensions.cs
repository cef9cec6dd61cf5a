using SharePolicy.Model;

namespace SharePolicy.Questions;

/// <summary>The reply-review question's entry points.</summary>
public static class ReplyReviewQuestionExtensions
{
    /// <summary>
    /// Is the provider's reply in time and complete (Art. 12 ¶1, ¶2), judged against the access decision the applicant
    /// was told: its outcome and its reply deadline stand, whatever rules have been loaded since. The rule sets that
    /// review the reply are those in force on the day of the reply.
    /// </summary>
    /// <param name="decider">The engine.</param>
    /// <param name="request">The application.</param>
    /// <param name="entry">The catalog entry of the resource applied for.</param>
    /// <param name="reply">The provider's reply.</param>
    /// <param name="told">The access decision made on the application when it was received.</param>
    /// <param name="jurisdiction">The region code whose overlays apply, instead of the engine's; null for the engine's.</param>
    /// <returns>Sound, or Defective with a reason for each defect.</returns>
    /// <exception cref="ArgumentException">
    /// The reply comes before the application, its scope names an item the entry lacks, or the decision told was made
    /// as of another day than the application's receipt.
    /// </exception>
    public static Decision<ReplyReviewOutcome> ReviewReply(this IPolicyDecider decider, AccessRequest request, CatalogEntry entry, ProviderReply reply, AccessDecision told, string? jurisdiction = null)
    {
        ArgumentNullException.ThrowIfNull(decider);
        ArgumentNullException.ThrowIfNull(told);
        return decider.Decide(PolicyQuestions.ReplyReview, new ReplyReviewInput(request, entry, reply) { Told = told }, jurisdiction);
    }

    /// <summary>
    /// Is the provider's reply in time and complete (Art. 12 ¶1, ¶2)? The application is decided again, with the rule
    /// sets in force on the day it was received, for the deadline; when the platform kept the decision the applicant
    /// was told, pass it instead, so that the reply is judged by what the applicant was told.
    /// </summary>
    /// <param name="decider">The engine.</param>
    /// <param name="request">The application.</param>
    /// <param name="entry">The catalog entry of the resource applied for.</param>
    /// <param name="reply">The provider's reply.</param>
    /// <param name="jurisdiction">The region code whose overlays apply, instead of the engine's; null for the engine's.</param>
    /// <returns>Sound, or Defective with a reason for each defect.</returns>
    /// <exception cref="ArgumentException">The reply comes before the application, or its scope names an item the entry lacks.</exception>
    public static Decision<ReplyReviewOutcome> ReviewReply(this IPolicyDecider decider, AccessRequest request, CatalogEntry entry, ProviderReply reply, string? jurisdiction = null)
    {
        ArgumentNullException.ThrowIfNull(decider);
        return decider.Decide(PolicyQuestions.ReplyReview, new ReplyReviewInput(request, entry, reply), jurisdiction);
    }
}
