namespace SharePolicy.Model;

/// <summary>A text in simplified Chinese and in English.</summary>
public sealed record BilingualText
{
    /// <summary>Creates a bilingual text.</summary>
    /// <exception cref="ArgumentException">Either text has no visible character, or is longer than <see cref="ModelLimits.MaxTextLength"/>.</exception>
    public BilingualText(string zhHans, string en)
    {
        ZhHans = Guard.Text(zhHans);
        En = Guard.Text(en);
    }

    /// <summary>The simplified Chinese text (zh-Hans).</summary>
    public string ZhHans { get; }

    /// <summary>The English text.</summary>
    public string En { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{ZhHans} / {En}";
}
