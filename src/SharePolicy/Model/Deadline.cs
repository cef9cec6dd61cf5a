using NodaTime;

namespace SharePolicy.Model;

/// <summary>
/// When an obligation falls due: the last day on which it may be met, and the instant that day ends in the
/// engine's time zone (Asia/Shanghai unless configured otherwise).
/// </summary>
/// <param name="DueDate">The last day on which the obligation may be met.</param>
/// <param name="EndsAt">The instant the deadline passes: the start of the day after <paramref name="DueDate"/>.</param>
public sealed record Deadline(LocalDate DueDate, Instant EndsAt)
{
    /// <summary>
    /// For a deadline that counts days of a year whose holiday notice is not loaded, the instant that year's days begin
    /// (the end of the calendar's last confirmed day); null for a deadline counted on notices alone.
    /// </summary>
    public Instant? ProvisionalFrom { get; init; }

    /// <summary>
    /// By how many working days at most the deadline may be extended, with the approval its rule requires (a reply under
    /// the Regulations, Art. 21 ¶1: by 10, approved by the sharing authority and told to the requester); 0 when it may not.
    /// </summary>
    public int ExtendableBy
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(ExtendableBy), value, "A deadline is extended by 0 working days or more.");
    }

    /// <summary>
    /// True for a period something is kept for at least, rather than a time to act by (a period of years: a usage record
    /// kept at least 3 years, Regulations Art. 29 ¶2): the obligation is met by keeping it to the end of
    /// <see cref="DueDate"/>, so of two such deadlines of one obligation the later binds, and <see cref="Check"/> does not apply.
    /// </summary>
    public bool IsMinimumPeriod { get; init; }

    /// <summary>
    /// True when the deadline counts days projected from the statutory holidays alone: the due date may move when the
    /// year's notice is published, so it is provisional.
    /// </summary>
    public bool IsProvisional => ProvisionalFrom is not null;

    /// <summary>
    /// Whether the obligation was met, given when it was done (null: not yet) and the time now. For a provisional
    /// deadline, an act or check before its projected days is judged as usual; one within them is
    /// <see cref="DeadlineStatus.Undetermined"/>, never Met or Late, Pending or Overdue on a guess.
    /// </summary>
    /// <param name="doneAt">When the obligation was met, e.g. when the provider replied; null when it has not been.</param>
    /// <param name="now">The time of the check.</param>
    /// <exception cref="ArgumentException"><paramref name="doneAt"/> is after <paramref name="now"/>.</exception>
    /// <exception cref="InvalidOperationException">The deadline is a <see cref="IsMinimumPeriod">minimum period</see>, which is kept, not met by a day.</exception>
    public DeadlineStatus Check(Instant? doneAt, Instant now)
    {
        if (IsMinimumPeriod)
        {
            throw new InvalidOperationException($"A period kept until {DueDate:uuuu-MM-dd} is not met by a day: what is kept may not end before {EndsAt}.");
        }

        if (doneAt is { } done && done > now)
        {
            throw new ArgumentException($"The obligation cannot be done at {done}, after the time of the check {now}.", nameof(doneAt));
        }

        // Every confirmed day is counted before the projected ones begin: what happens before them is certain.
        if (ProvisionalFrom is { } projected && (doneAt ?? now) >= projected)
        {
            return DeadlineStatus.Undetermined;
        }

        return doneAt is { } met
            ? met < EndsAt ? DeadlineStatus.Met : DeadlineStatus.Late
            : now < EndsAt ? DeadlineStatus.Pending : DeadlineStatus.Overdue;
    }
}
