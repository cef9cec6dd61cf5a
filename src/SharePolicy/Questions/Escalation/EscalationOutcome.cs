namespace SharePolicy.Questions;

/// <summary>Who resolves a need for data that is not shared (Art. 12 ¶1); ordered by how far it is escalated.</summary>
public enum EscalationOutcome
{
    /// <summary>Requester and provider negotiate (协商解决).</summary>
    Negotiate,

    /// <summary>The same-level sharing authority coordinates (本级政务信息资源共享主管部门协调解决).</summary>
    SameLevelAuthority,

    /// <summary>The joint conference coordinates, where central departments are involved (联席会议协调解决).</summary>
    JointConference,
}
