using SharePolicy.Rules;

namespace SharePolicy.Questions;

/// <summary>What a use rule's condition sees (Art. 14, 12 ¶2): the grant and the use made of it.</summary>
public sealed class UseFacts : RuleFacts
{
    internal UseFacts(ShareGrant grant, DataUse use)
    {
        Grant = grant;
        Use = use;
        ItemsOutsideGrant = use.Items.Except(grant.Items, StringComparer.Ordinal).ToArray();
    }

    /// <summary>What was granted.</summary>
    public ShareGrant Grant { get; }

    /// <summary>The use.</summary>
    public DataUse Use { get; }

    /// <summary>The items the use takes that the grant does not cover (a condition cannot name the grant inside a list method).</summary>
    public IReadOnlyList<string> ItemsOutsideGrant { get; }
}
