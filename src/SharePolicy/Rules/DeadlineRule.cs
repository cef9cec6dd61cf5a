namespace SharePolicy.Rules;

/// <summary>
/// How a rule file says an obligation falls due. Deadlines are policy data: a province's stricter implementing
/// rule is an edited rule file, not a change of code.
/// </summary>
public abstract record DeadlineRule
{
    private protected DeadlineRule()
    {
    }
}

/// <summary>
/// Due on the N-th working day after the day the obligation arises (that day itself is not counted,
/// Civil Code Art. 201), e.g. 10 working days for a reply (Art. 12 ¶1), 15 for a catalog update (Art. 8).
/// </summary>
/// <param name="WorkingDays">How many working days; at least 1.</param>
public sealed record WorkingDaysDeadline(int WorkingDays) : DeadlineRule
{
    /// <summary>
    /// By how many working days at most the deadline may be extended, with the approval its rule requires (Regulations
    /// Art. 21 ¶1: a reply by at most 10, approved by the sharing authority and told to the requester); 0 when it may not.
    /// </summary>
    public int ExtendableBy
    {
        get;
        init => field = value is >= 0 and <= 366 ? value : throw new ArgumentOutOfRangeException(nameof(ExtendableBy), value, "A deadline is extended by 0 to 366 working days.");
    }

    /// <summary>
    /// True when the period counts again from the receipt of materials the provider said were missing (Regulations
    /// Art. 21 ¶2 has the provider ask for them), where the host reads it so
    /// (<see cref="LegalReadings.ClockRestartsWhenMaterialsArrive"/>); false when it always counts from the first receipt.
    /// </summary>
    public bool RestartsWhenMaterialsArrive { get; init; }
}

/// <summary>
/// Due on the last day of a month, some years after the year the obligation arises in, e.g. the annual report
/// by the end of February of the following year (Art. 18).
/// </summary>
/// <param name="Month">The month, 1 to 12.</param>
/// <param name="YearsAfter">How many years after, 0 or more.</param>
public sealed record EndOfMonthDeadline(int Month, int YearsAfter) : DeadlineRule;

/// <summary>
/// A period of whole years from the day the obligation arises, ending on the corresponding day of the last year (Civil
/// Code Art. 202; a period from 29 February ends on 28 February), e.g. usage records kept at least 3 years (Regulations
/// Art. 29 ¶2). Its due date is the period's last day, a plain calendar date: the obligation is to keep something until
/// then, never met late by keeping it longer, so it is counted without the working-day calendar and may reach years
/// whose holiday notice is not out.
/// </summary>
/// <param name="Years">How many years; 1 to 100.</param>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="Years"/> is not from 1 to 100.</exception>
public sealed record YearsDeadline(int Years) : DeadlineRule
{
    /// <summary>How many years; 1 to 100.</summary>
    public int Years { get; init => field = InRange(value, nameof(Years)); } = InRange(Years, nameof(Years));

    private static int InRange(int years, string name) =>
        years is >= 1 and <= 100 ? years : throw new ArgumentOutOfRangeException(name, years, "A period of years is 1 to 100 years.");
}
