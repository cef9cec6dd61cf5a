namespace SharePolicy.Questions;

/// <summary>What the use question is asked about: a grant and a use made of the data it granted.</summary>
public sealed record UseInput
{
    /// <summary>Creates the input.</summary>
    /// <param name="grant">What the provider granted.</param>
    /// <param name="use">The use to check.</param>
    /// <exception cref="ArgumentNullException">A value is null.</exception>
    public UseInput(ShareGrant grant, DataUse use)
    {
        Grant = grant ?? throw new ArgumentNullException(nameof(grant));
        Use = use ?? throw new ArgumentNullException(nameof(use));
    }

    /// <summary>What the provider granted.</summary>
    public ShareGrant Grant { get; }

    /// <summary>The use to check.</summary>
    public DataUse Use { get; }
}
