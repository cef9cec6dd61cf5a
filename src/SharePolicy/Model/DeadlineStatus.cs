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

    /// <summary>
    /// Cannot be said: the deadline counts days of a year whose holiday notice is not loaded
    /// (<see cref="Deadline.IsProvisional"/>), and the act, or the check, falls in that year.
    /// </summary>
    Undetermined,
}
