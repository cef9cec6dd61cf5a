namespace SharePolicy.Model;

/// <summary>
/// What a request reaches the provider through. Under the Regulations sharing goes through the national integrated
/// government big-data system (Art. 32), and in principle not through a newly built exchange system unless a law or an
/// administrative regulation provides otherwise (Art. 31). The Measures have applications made through the sharing
/// platform (Art. 12 ¶1) but let existing cross-department exchange systems move to it over time (Art. 11 ¶3), so their
/// rules do not refuse on it.
/// </summary>
public enum SharingChannel
{
    /// <summary>A sharing platform of the national integrated system (共享平台; 全国一体化政务大数据体系): a platform that embeds SharePolicy is one.</summary>
    SharingPlatform,

    /// <summary>
    /// An exchange system built apart from the sharing platforms and not part of the integrated system (新建政务数据共享交换系统);
    /// a department's own platform not yet brought into it is the provider's breach to correct (Art. 39(8)), and the
    /// requester applies through the integrated system meanwhile.
    /// </summary>
    SeparateExchangeSystem,

    /// <summary>A separate system a law or an administrative regulation provides for (Regulations Art. 31: "法律、行政法规另有规定").</summary>
    SystemProvidedByLaw,
}
