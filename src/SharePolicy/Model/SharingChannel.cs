namespace SharePolicy.Model;

/// <summary>
/// What a request reaches the provider through. Under the Regulations sharing goes through the national integrated
/// government big-data system (Art. 32), and no new exchange system is built for it unless a law or an administrative
/// regulation provides otherwise (Art. 31 ¶1). The Measures let existing cross-department exchange systems move to the
/// sharing platform over time (Art. 11 ¶3), so their rules do not decide on it.
/// </summary>
public enum SharingChannel
{
    /// <summary>A sharing platform of the national integrated system (共享平台; 全国一体化政务大数据体系): a platform that embeds SharePolicy is one.</summary>
    SharingPlatform,

    /// <summary>An exchange system built apart from the sharing platforms (新建政务数据共享交换系统).</summary>
    SeparateExchangeSystem,

    /// <summary>A separate system a law or an administrative regulation provides for (Regulations Art. 31 ¶1: "法律、行政法规另有规定").</summary>
    SystemProvidedByLaw,
}
