using NodaTime;
using SharePolicy.Calendar;
using SharePolicy.Compilation;
using SharePolicy.Model;
using SharePolicy.Questions;
using SharePolicy.Rules;
using SharePolicy.Runtime;

namespace SharePolicy.Engine;

/// <summary>
/// Answers share-policy questions with a rule library and a working-day calendar: each decision with the rule sets in
/// force on the day of its event at the engine's place (docs/rule-sets.md). The questions' entry points
/// (<c>DecideAccess</c>, <c>ReviewReply</c>, …) are extension methods of <see cref="IPolicyDecider"/>, in
/// <c>SharePolicy.Questions</c>. Thread-safe: the library is shared, and a decision has a session to itself while it runs.
/// </summary>
public sealed class SharePolicyEngine : IPolicyDecider
{
    private readonly DecisionPipeline _pipeline;

    /// <summary>Creates an engine.</summary>
    /// <param name="rules">The rule library, e.g. <see cref="RuleSetLoader.LoadDefault"/>.</param>
    /// <param name="calendar">The working-day calendar deadlines are counted on, e.g. <see cref="WorkingDayCalendar.China"/>.</param>
    /// <param name="clock">The clock that stamps each decision.</param>
    /// <param name="timeZone">The time zone in which days begin and end; <see cref="ChinaStandardTime"/> when null.</param>
    /// <param name="closeOfBusiness">
    /// When the platform's working day ends: an application received at or after it counts as received the next day.
    /// Null (the default) when every hour of a day counts as that day; never midnight, which would move every receipt.
    /// </param>
    /// <param name="jurisdiction">
    /// The region code (GB/T 2260, e.g. <c>330100</c>) of the place decisions are made for, whose provincial and city
    /// overlays apply; null (the default) for national rules alone. A call may name another.
    /// </param>
    /// <param name="readings">How the law is read where it is open; <see cref="LegalReadings.Default"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="closeOfBusiness"/> is midnight.</exception>
    /// <exception cref="ArgumentException"><paramref name="jurisdiction"/> is not a region code.</exception>
    public SharePolicyEngine(RuleLibrary rules, WorkingDayCalendar calendar, IClock clock, DateTimeZone? timeZone = null, LocalTime? closeOfBusiness = null, string? jurisdiction = null, LegalReadings? readings = null)
    {
        if (closeOfBusiness == LocalTime.Midnight)
        {
            throw new ArgumentOutOfRangeException(nameof(closeOfBusiness), closeOfBusiness, "Close of business at midnight would move every receipt to the next day; give the hour work ends, or null.");
        }

        Rules = rules ?? throw new ArgumentNullException(nameof(rules));
        Calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));
        ArgumentNullException.ThrowIfNull(clock);
        TimeZone = timeZone ?? ChinaStandardTime;
        CloseOfBusiness = closeOfBusiness;
        Jurisdiction = jurisdiction is null ? null : Guard.Region(jurisdiction, nameof(jurisdiction));
        Readings = readings ?? LegalReadings.Default;
        _pipeline = new DecisionPipeline(rules, new QuestionContext(TimeZone, closeOfBusiness, calendar, this) { Readings = Readings }, clock);
    }

    /// <summary>The time zone in which days are counted unless another is given: Asia/Shanghai.</summary>
    public static DateTimeZone ChinaStandardTime => ChinaTime.Zone;

    /// <summary>The rule library decisions are made with.</summary>
    public RuleLibrary Rules { get; }

    /// <summary>The working-day calendar deadlines are counted on.</summary>
    public WorkingDayCalendar Calendar { get; }

    /// <summary>The time zone in which days begin and end.</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>When the platform's working day ends for receipts; null when every hour counts as its day.</summary>
    public LocalTime? CloseOfBusiness { get; }

    /// <summary>The region code of the place decisions are made for unless a call names another; null for national rules alone.</summary>
    public string? Jurisdiction { get; }

    /// <summary>How the law is read where it is open (docs/rule-sets.md, "Open readings").</summary>
    public LegalReadings Readings { get; }

    /// <inheritdoc/>
    public TDecision Decide<TInput, TDecision>(PolicyQuestion<TInput, TDecision> question, TInput input, string? jurisdiction = null)
        where TInput : notnull
        where TDecision : Decision
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(input);
        return _pipeline.Decide(question, input, jurisdiction is null ? Jurisdiction : Guard.Region(jurisdiction, nameof(jurisdiction)));
    }
}
