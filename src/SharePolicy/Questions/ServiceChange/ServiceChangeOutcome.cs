namespace SharePolicy.Questions;

/// <summary>May a provider end or change a sharing service it provides (Regulations Art. 27 ¶3)? Least restrictive first.</summary>
public enum ServiceChangeOutcome
{
    /// <summary>It has a good reason, has consulted the requester and filed the change: it may proceed.</summary>
    MayProceed,

    /// <summary>It has a good reason, but first consults the requester or files with the sharing authority, as the decision's obligations say.</summary>
    ConsultAndFileFirst,

    /// <summary>It has no good reason: it may not end or change the service (doing so is a finding under Art. 39(7)). Where no rule applies the answer is this one.</summary>
    NotAllowed,
}
