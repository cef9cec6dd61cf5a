using NodaTime;
using SharePolicy.Model;

namespace SharePolicy.Questions;

/// <summary>Shared data a provider owed the platform (a reply to an application, Art. 12 ¶1), and when it came.</summary>
public sealed record SupplyRecord
{
    /// <summary>Creates the record of a supply.</summary>
    /// <param name="resourceCode">The resource concerned.</param>
    /// <param name="due">The deadline the obligation carried, e.g. a ProviderReply obligation's <see cref="SharePolicy.Rules.Obligation.Deadline"/>.</param>
    /// <param name="suppliedAt">When it was supplied; null when it has not been.</param>
    /// <exception cref="ArgumentException">A value is missing, or the code is not a code.</exception>
    public SupplyRecord(string resourceCode, Deadline due, Instant? suppliedAt)
    {
        ResourceCode = Guard.Code(resourceCode);
        Due = due ?? throw new ArgumentNullException(nameof(due));
        SuppliedAt = suppliedAt;
    }

    /// <summary>The resource concerned.</summary>
    public string ResourceCode { get; }

    /// <summary>The deadline the obligation carried.</summary>
    public Deadline Due { get; }

    /// <summary>When it was supplied; null when it has not been.</summary>
    public Instant? SuppliedAt { get; }

    /// <summary>
    /// The good reason for the delay the same-level sharing authority accepted (正当理由), when there is one: the Regulations
    /// make a late reply or late sharing a breach only "且无正当理由" (Art. 39(4)); null when none was accepted. It excuses
    /// a supply that came late, not one still overdue. The Measures have no such exception, so their rules judge the delay alone.
    /// </summary>
    /// <exception cref="ArgumentException">The text has no visible character or is too long (<see cref="ModelLimits"/>).</exception>
    public string? AcceptedDelayReason
    {
        get;
        init => field = Guard.OptionalText(value, nameof(AcceptedDelayReason));
    }
}
