using SharePolicy.Model;
using SharePolicy.Questions;
using SharePolicy.Rules;

namespace SharePolicy.Engine;

public sealed partial class SharePolicyEngine
{
    /// <summary>
    /// Is the provider's reply to this application in time and complete (Art. 12 ¶1, ¶2)? The deadline is the one
    /// the access rules set for the application.
    /// </summary>
    /// <param name="request">The application.</param>
    /// <param name="entry">The catalog entry of the resource applied for.</param>
    /// <param name="reply">The provider's reply.</param>
    /// <returns>Sound, or Defective with a reason for each defect.</returns>
    /// <exception cref="ArgumentException">The reply comes before the application, or its scope names an item the entry lacks.</exception>
    public Decision<ReplyReviewOutcome> ReviewReply(AccessRequest request, CatalogEntry entry, ProviderReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var access = DecideAccess(request, entry);
        if (reply.RepliedAt < request.SubmittedAt)
        {
            throw new ArgumentException($"The reply at {reply.RepliedAt} comes before the application at {request.SubmittedAt}.", nameof(reply));
        }

        if (reply.Scope.FirstOrDefault(code => entry.FindItem(code) is null) is { } unknown)
        {
            throw new ArgumentException($"The reply's scope names item '{unknown}', which catalog entry '{entry.ResourceCode}' does not have.", nameof(reply));
        }

        var due = access.Obligations.FirstOrDefault(obligation => obligation.Kind == ObligationKind.ProviderReply)?.Deadline;
        var timeliness = due?.Check(reply.RepliedAt, reply.RepliedAt);
        var run = Run(PolicyQuestion.ReplyReview, [new ReplyReviewFacts(request, entry, reply, access.Outcome, timeliness)]);
        IReadOnlyList<Reason> reasons = timeliness == DeadlineStatus.Undetermined ? [.. run.Reasons, _deadlines.ProvisionalReason(due!)] : run.Reasons;
        return new Decision<ReplyReviewOutcome>((ReplyReviewOutcome)run.Severity, run.Obligations, reasons, run.FiredRules, _clock.GetCurrentInstant());
    }

    /// <summary>
    /// Who resolves a need for data that is NotShared, or Conditional and refused (Art. 12 ¶1): the parties by
    /// negotiation; failing that, the same-level sharing authority, or the joint conference where a central
    /// department is involved.
    /// </summary>
    public Decision<EscalationOutcome> DecideEscalation(SharingNegotiation negotiation)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        return Decide<EscalationOutcome>(PolicyQuestion.Escalation, new EscalationFacts(negotiation));
    }
}
