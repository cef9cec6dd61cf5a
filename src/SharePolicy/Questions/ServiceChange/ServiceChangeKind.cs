namespace SharePolicy.Questions;

/// <summary>What a provider means to do to a sharing service it provides (Regulations Art. 27 ¶3).</summary>
public enum ServiceChangeKind
{
    /// <summary>End the service (终止).</summary>
    End,

    /// <summary>Change the service (变更), e.g. its interface, items or method.</summary>
    Change,
}
