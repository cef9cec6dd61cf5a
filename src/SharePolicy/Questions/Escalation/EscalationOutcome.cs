namespace SharePolicy.Questions;

/// <summary>
/// Who resolves a need for data that is not shared (Measures Art. 12 ¶1) or a sharing dispute (Regulations Art. 28);
/// ordered by how far it is escalated.
/// </summary>
public enum EscalationOutcome
{
    /// <summary>Requester and provider negotiate (协商解决).</summary>
    Negotiate,

    /// <summary>The same-level sharing authority coordinates (本级政务信息资源共享主管部门协调解决).</summary>
    SameLevelAuthority,

    /// <summary>The common superior sharing authority coordinates a dispute across levels or regions (共同的上级政务数据共享主管部门协调处理, R2025 Art. 28 ¶2).</summary>
    CommonSuperiorAuthority,

    /// <summary>The coordinating authority's people's government decides, after its coordination failed (报本级人民政府决定, R2025 Art. 28 ¶2).</summary>
    PeoplesGovernment,

    /// <summary>The joint conference coordinates, where central departments are involved (联席会议协调解决, Measures only).</summary>
    JointConference,
}
