namespace SharePolicy.Questions;

/// <summary>The usage-records question's entry point.</summary>
public static class UsageRecordsQuestionExtensions
{
    /// <summary>
    /// Until when must a requester keep a record of its use of shared data (Regulations Art. 29 ¶2: at least 3 years)?
    /// The decision's obligation carries the last day of the period, a calendar date. Before the Regulations (2025-08-01)
    /// no rule set answers it.
    /// </summary>
    /// <param name="decider">The engine.</param>
    /// <param name="record">The record and when it was made.</param>
    /// <param name="jurisdiction">The region code whose overlays apply, instead of the engine's; null for the engine's.</param>
    /// <returns>The decision, with the keeping period.</returns>
    /// <exception cref="ArgumentNullException">A value is null.</exception>
    /// <exception cref="SharePolicy.Calendar.CalendarRangeException">The record was made outside the calendar's years.</exception>
    public static Decision<UsageRecordsOutcome> DecideUsageRecords(this IPolicyDecider decider, UsageRecord record, string? jurisdiction = null)
    {
        ArgumentNullException.ThrowIfNull(decider);
        ArgumentNullException.ThrowIfNull(record);
        return decider.Decide(PolicyQuestions.UsageRecords, record, jurisdiction);
    }
}
