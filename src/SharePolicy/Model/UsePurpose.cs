namespace SharePolicy.Model;

/// <summary>What the requester will use the data for (Art. 12 ¶2 names these uses).</summary>
public enum UsePurpose
{
    /// <summary>作为行政依据.</summary>
    AdministrativeBasis,

    /// <summary>工作参考.</summary>
    WorkReference,

    /// <summary>用于数据校核.</summary>
    DataVerification,

    /// <summary>业务协同.</summary>
    BusinessCollaboration,
}
