namespace SharePolicy.Model;

/// <summary>Who a department deals with when it handles a matter (Art. 12 ¶3, 15).</summary>
public enum PartyKind
{
    /// <summary>自然人.</summary>
    NaturalPerson,

    /// <summary>法人.</summary>
    LegalPerson,

    /// <summary>其他组织.</summary>
    OtherOrganisation,
}
