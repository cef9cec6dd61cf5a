using SharePolicy.Model;
using SharePolicy.Questions;

namespace SharePolicy.Samples.WebApi.Contracts;

/// <summary>
/// Whether the reply came by the deadline the decision set (Met or Late, from <see cref="Deadline.Check"/>), and
/// the review of the reply itself (Art. 12 ¶1, ¶2: a refusal states its reasons, an approval its scope).
/// </summary>
public sealed record ReplyResponse(Guid ApplicationId, Deadline Deadline, DeadlineStatus Timeliness, Decision<ReplyReviewOutcome> Review);
