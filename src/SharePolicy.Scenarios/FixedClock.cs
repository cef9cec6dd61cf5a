using NodaTime;

namespace SharePolicy.Scenarios;

/// <summary>A clock that always reads the scenario's time.</summary>
internal sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}
