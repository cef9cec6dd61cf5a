namespace SharePolicy.Model;

/// <summary>Which network a sharing platform runs on (Art. 11).</summary>
public enum NetworkZone
{
    /// <summary>共享平台（内网）, on the e-government internal network, for classified systems.</summary>
    Internal,

    /// <summary>共享平台（外网）, on the e-government external network.</summary>
    External,
}
