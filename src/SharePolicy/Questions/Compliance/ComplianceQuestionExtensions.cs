namespace SharePolicy.Questions;

/// <summary>The compliance question's entry point.</summary>
public static class ComplianceQuestionExtensions
{
    /// <summary>
    /// What must the department rectify (Art. 24)? Every entry of its record is checked at the engine clock's time:
    /// catalog compiled (24(1)), updates by the Art. 8 deadline (24(1)), shared data by its deadline (24(2)),
    /// quality (24(3), Art. 13), uses (24(4), Art. 14) and annual reports by the Art. 18 date (24(5)).
    /// Deadlines come from the same rules that answer those questions.
    /// </summary>
    /// <param name="decider">The engine.</param>
    /// <param name="record">The department's record.</param>
    /// <param name="jurisdiction">The region code whose overlays apply, instead of the engine's; null for the engine's.</param>
    /// <exception cref="ArgumentException">The record says something was done after the time of the review.</exception>
    /// <exception cref="SharePolicy.Calendar.CalendarRangeException">A deadline falls beyond the calendar's years.</exception>
    public static ComplianceDecision ReviewCompliance(this IPolicyDecider decider, DepartmentRecord record, string? jurisdiction = null)
    {
        ArgumentNullException.ThrowIfNull(decider);
        ArgumentNullException.ThrowIfNull(record);
        return decider.Decide(PolicyQuestions.Compliance, record, jurisdiction);
    }
}
