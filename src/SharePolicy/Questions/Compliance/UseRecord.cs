namespace SharePolicy.Questions;

/// <summary>A use the department made of shared data, with the grant it rests on (Art. 14, 24(4)).</summary>
public sealed record UseRecord
{
    /// <summary>Creates the record of a use.</summary>
    /// <param name="grant">The grant.</param>
    /// <param name="use">The use.</param>
    /// <exception cref="ArgumentNullException">A value is null.</exception>
    public UseRecord(ShareGrant grant, DataUse use)
    {
        Grant = grant ?? throw new ArgumentNullException(nameof(grant));
        Use = use ?? throw new ArgumentNullException(nameof(use));
    }

    /// <summary>The grant.</summary>
    public ShareGrant Grant { get; }

    /// <summary>The use.</summary>
    public DataUse Use { get; }
}
