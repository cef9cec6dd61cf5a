namespace SharePolicy.Questions;

/// <summary>The stage at which an e-government information project is examined (Art. 21).</summary>
public enum ProjectStage
{
    /// <summary>项目审批: approval of the project.</summary>
    Approval,

    /// <summary>项目验收: acceptance of the finished project.</summary>
    Acceptance,

    /// <summary>运维经费: funds for operation and maintenance.</summary>
    OperatingFunds,
}
