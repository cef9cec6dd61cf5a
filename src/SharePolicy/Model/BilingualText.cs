namespace SharePolicy.Model;

/// <summary>A text in simplified Chinese and in English.</summary>
public sealed record BilingualText
{
    /// <summary>Creates a bilingual text.</summary>
    /// <exception cref="ArgumentException">Either text is empty.</exception>
    public BilingualText(string zhHans, string en)
    {
        ZhHans = Guard.NotBlank(zhHans);
        En = Guard.NotBlank(en);
    }

    /// <summary>The simplified Chinese text (zh-Hans).</summary>
    public string ZhHans { get; }

    /// <summary>The English text.</summary>
    public string En { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{ZhHans} / {En}";
}
