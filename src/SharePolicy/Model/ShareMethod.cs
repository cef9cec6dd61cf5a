namespace SharePolicy.Model;

/// <summary>How shared data is delivered (Art. 12 ¶2).</summary>
public enum ShareMethod
{
    /// <summary>系统对接.</summary>
    SystemIntegration,

    /// <summary>前置机共享.</summary>
    FrontEndProcessor,

    /// <summary>联机查询.</summary>
    OnlineQuery,

    /// <summary>部门批量下载.</summary>
    BatchDownload,
}
