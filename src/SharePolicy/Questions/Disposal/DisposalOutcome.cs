namespace SharePolicy.Questions;

/// <summary>What becomes of data obtained through sharing (Regulations Art. 27 ¶1–2)? Least restrictive first.</summary>
public enum DisposalOutcome
{
    /// <summary>The purpose is still pursued and the data used as shared: the requester keeps using it within the sharing.</summary>
    KeepUsing,

    /// <summary>The purpose is achieved, unachievable or no longer needs the data: the requester disposes of it as the provider requires (Art. 27 ¶1).</summary>
    DisposalRequired,

    /// <summary>The data was misused: its sharing is suspended and the requester rectifies within the time limit set (Art. 27 ¶2).</summary>
    SharingSuspended,

    /// <summary>
    /// The requester refused to rectify a misuse or did not rectify it adequately: the sharing authority or the provider
    /// may end the sharing (Art. 27 ¶2). Where no rule applies the answer is this one.
    /// </summary>
    SharingMayEnd,
}
