using NodaTime;
using SharePolicy.Questions;

namespace SharePolicy.Bench;

/// <summary>What <see cref="BaselineAccessPolicy"/> decides: the parts of an access decision the engine is checked on.</summary>
/// <param name="Outcome">The most restrictive item outcome.</param>
/// <param name="Items">Each requested item's outcome and deciding rule, in catalog order.</param>
/// <param name="ReplyDue">The provider's reply due date when an item needs an application; null otherwise.</param>
public sealed record BaselineDecision(AccessOutcome Outcome, IReadOnlyList<ItemDecision> Items, LocalDate? ReplyDue);
