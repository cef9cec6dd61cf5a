namespace SharePolicy.Model;

/// <summary>
/// What kind of body a department is. Art. 2 ¶2 of the Measures: a 政务部门 is a government department, or a public
/// institution or social organisation with administrative functions conferred by law; the Measures govern sharing
/// between such bodies (Art. 3). Art. 18 and 24 name State Council departments and provincial governments.
/// </summary>
public enum BodyKind
{
    /// <summary>A department of the State Council (国务院各部门).</summary>
    StateCouncilDepartment,

    /// <summary>The people's government of a province, autonomous region or municipality directly under the central government (省级人民政府).</summary>
    ProvincialGovernment,

    /// <summary>A department of a local people's government at any level (地方政府部门).</summary>
    LocalGovernmentDepartment,

    /// <summary>A public institution or social organisation with administrative functions conferred by law or regulation (Art. 2 ¶2).</summary>
    DelegatedPublicBody,

    /// <summary>The operator of a sharing platform (共享平台管理单位, Art. 4, 18, 20): it runs the platform and is not a requester of data.</summary>
    PlatformOperator,

    /// <summary>Any other body, e.g. a company or an association without conferred administrative functions: not a 政务部门.</summary>
    Other,
}
