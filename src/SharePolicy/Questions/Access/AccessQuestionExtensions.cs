using SharePolicy.Model;

namespace SharePolicy.Questions;

/// <summary>The access question's entry point.</summary>
public static class AccessQuestionExtensions
{
    /// <summary>
    /// May the requester take the requested items of this resource, and how (Art. 9, 10(2), 12 ¶1, 5(2))? An
    /// ApplicationRequired decision carries the provider's reply deadline. The rule sets are those in force on the day
    /// the request is received.
    /// </summary>
    /// <param name="decider">The engine.</param>
    /// <param name="request">The request.</param>
    /// <param name="entry">The catalog entry of the resource the request names.</param>
    /// <param name="jurisdiction">The region code whose overlays apply, instead of the engine's; null for the engine's.</param>
    /// <returns>The decision; Denied, with a reason, whenever no rule grants.</returns>
    /// <exception cref="ArgumentException">The entry is not the resource requested, a requested item is not in it, or the period of use ends before the application was received.</exception>
    /// <exception cref="SharePolicy.Calendar.CalendarRangeException">The request was submitted outside the calendar's years, or a deadline falls beyond them.</exception>
    public static AccessDecision DecideAccess(this IPolicyDecider decider, AccessRequest request, CatalogEntry entry, string? jurisdiction = null)
    {
        ArgumentNullException.ThrowIfNull(decider);
        return decider.Decide(PolicyQuestions.Access, new AccessInput(request, entry), jurisdiction);
    }

    /// <summary>
    /// May the requester take the requested items of this resource, and how? The resource's entry is looked up in the
    /// host's catalog; a resource the catalog does not list is Denied with the reason <c>not-in-catalog</c>, since the
    /// catalog is the basis of sharing (Art. 8 ¶2). Otherwise as <see cref="DecideAccess(IPolicyDecider, AccessRequest, CatalogEntry, string?)"/>.
    /// </summary>
    /// <param name="decider">The engine.</param>
    /// <param name="request">The request.</param>
    /// <param name="catalog">The host's catalog.</param>
    /// <param name="jurisdiction">The region code whose overlays apply, instead of the engine's; null for the engine's.</param>
    /// <returns>The decision; Denied, with a reason, whenever no rule grants.</returns>
    /// <exception cref="ArgumentNullException">A value is null.</exception>
    /// <exception cref="ArgumentException">
    /// A requested item is not in the resource's entry, the catalog answered with the entry of another resource, or the
    /// period of use ends before the application was received.
    /// </exception>
    /// <exception cref="SharePolicy.Calendar.CalendarRangeException">The request was submitted outside the calendar's years, or a deadline falls beyond them.</exception>
    public static AccessDecision DecideAccess(this IPolicyDecider decider, AccessRequest request, ICatalog catalog, string? jurisdiction = null)
    {
        ArgumentNullException.ThrowIfNull(decider);
        return decider.Decide(PolicyQuestions.Access, new AccessInput(request, catalog), jurisdiction);
    }
}
