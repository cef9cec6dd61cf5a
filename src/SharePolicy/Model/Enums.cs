namespace SharePolicy.Model;

/// <summary>The level of government a department belongs to.</summary>
public enum GovernmentLevel
{
    /// <summary>A department of the State Council (国务院各部门).</summary>
    Central,

    /// <summary>Province, autonomous region or municipality directly under the central government (省级).</summary>
    Provincial,

    /// <summary>Prefecture-level city (地市级).</summary>
    Municipal,

    /// <summary>County level (县级).</summary>
    County,
}

/// <summary>The three share types of Art. 9.</summary>
public enum ShareType
{
    /// <summary>无条件共享: may be provided to every department.</summary>
    Unconditional,

    /// <summary>有条件共享: may be provided to the departments concerned, or only in part to all.</summary>
    Conditional,

    /// <summary>不予共享: not fit to be provided to other departments; needs a legal basis (Art. 10(1)).</summary>
    NotShared,
}

/// <summary>What kind of information resource a catalog entry describes (Art. 10).</summary>
public enum ResourceCategory
{
    /// <summary>基础信息资源: population, legal entities, natural resources and geospatial, electronic licences (Art. 10(2)).</summary>
    Base,

    /// <summary>主题信息资源: built by several departments around one theme (Art. 10(3)).</summary>
    Thematic,

    /// <summary>A department's own resource, neither base nor thematic.</summary>
    Departmental,
}

/// <summary>Whether an item of a resource is one of its base items or a business item (Art. 10(2)).</summary>
public enum ItemKind
{
    /// <summary>基础信息项: the common need of all departments; unconditionally shared in a base resource.</summary>
    BaseItem,

    /// <summary>业务信息项: follows its own share type.</summary>
    BusinessItem,
}

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

/// <summary>Which network a sharing platform runs on (Art. 11).</summary>
public enum NetworkZone
{
    /// <summary>共享平台（内网）, on the e-government internal network, for classified systems.</summary>
    Internal,

    /// <summary>共享平台（外网）, on the e-government external network.</summary>
    External,
}

/// <summary>The kinds of basis Art. 10(1) accepts for classifying a resource NotShared.</summary>
public enum LegalBasisKind
{
    /// <summary>法律.</summary>
    Law,

    /// <summary>行政法规.</summary>
    AdministrativeRegulation,

    /// <summary>党中央、国务院政策.</summary>
    CentralPolicy,
}

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
