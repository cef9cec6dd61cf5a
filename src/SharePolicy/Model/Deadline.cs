using NodaTime;

namespace SharePolicy.Model;

/// <summary>Where an obligation with a deadline stands at a given instant.</summary>
public enum DeadlineStatus
{
    /// <summary>Not done yet, and the deadline has not passed.</summary>
    Pending,

    /// <summary>Done before the deadline passed.</summary>
    Met,

    /// <summary>Done, but after the deadline passed.</summary>
    Late,

    /// <summary>Not done, and the deadline has passed.</summary>
    Overdue,
}

/// <summary>
/// When an obligation falls due: the last day on which it may be met, and the instant that day ends in the
/// engine's time zone (Asia/Shanghai unless configured otherwise).
/// </summary>
/// <param name="DueDate">The last day on which the obligation may be met.</param>
/// <param name="EndsAt">The instant the deadline passes: the start of the day after <paramref name="DueDate"/>.</param>
public sealed record Deadline(LocalDate DueDate, Instant EndsAt)
{
    /// <summary>Whether the obligation was met, given when it was done (null: not yet) and the time now.</summary>
    /// <param name="doneAt">When the obligation was met, e.g. when the provider replied; null when it has not been.</param>
    /// <param name="now">The time of the check.</param>
    /// <exception cref="ArgumentException"><paramref name="doneAt"/> is after <paramref name="now"/>.</exception>
    public DeadlineStatus Check(Instant? doneAt, Instant now)
    {
        if (doneAt is { } done)
        {
            return done > now
                ? throw new ArgumentException($"The obligation cannot be done at {done}, after the time of the check {now}.", nameof(doneAt))
                : done < EndsAt ? DeadlineStatus.Met : DeadlineStatus.Late;
        }

        return now < EndsAt ? DeadlineStatus.Pending : DeadlineStatus.Overdue;
    }
}
