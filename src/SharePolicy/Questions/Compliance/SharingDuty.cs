namespace SharePolicy.Questions;

/// <summary>
/// A duty of the Regulations whose breach a department's record may show (Art. 39–41 list who answers for each). The
/// rules name the item and who orders the correction; the duty names what was owed.
/// </summary>
public enum SharingDuty
{
    /// <summary>A provider shares without adding conditions of its own (Art. 15 ¶1; its breach is Art. 39(2)).</summary>
    NoExtraConditions,

    /// <summary>A provider helps the source department keep the data complete and current (Art. 19 ¶2; 39(3)).</summary>
    SourceCooperation,

    /// <summary>An upper-level department returns the data of a lower region to its departments, promptly and completely (Art. 24 ¶1; 39(5)).</summary>
    FlowBack,

    /// <summary>A provider verifies, corrects and answers a verification request within 10 working days (Art. 26 ¶2; 39(6)).</summary>
    VerificationOnTime,

    /// <summary>A provider ends or changes a sharing service only with good reason, after consultation and filing (Art. 27 ¶3; 39(7)).</summary>
    ServiceContinuity,

    /// <summary>A department's data platform joins the national integrated government big-data system (Art. 31; 39(8)).</summary>
    PlatformIntegration,

    /// <summary>A provider shares through the national integrated government big-data system, not a new exchange system of its own (Art. 32; 39(9)).</summary>
    ProviderIntegratedSystemSharing,

    /// <summary>A requester obtains shared data through the national integrated government big-data system (Art. 32; 40(7)).</summary>
    RequesterIntegratedSystemSharing,

    /// <summary>A requester does not collect again what sharing supplies (Art. 19 ¶1; 40(1)).</summary>
    NoRepeatedCollection,

    /// <summary>A requester disposes of shared data as the provider requires once the purpose is met or can no longer be (Art. 27 ¶1; 40(4)).</summary>
    Disposal,

    /// <summary>A requester records the scenario, process, effect, storage and destruction of shared data and keeps the records at least 3 years (Art. 29 ¶2; 40(5)).</summary>
    UsageRecords,

    /// <summary>A requester answers for the security of shared data it uses (Art. 34 ¶2, "谁使用谁负责"; 40(6)).</summary>
    SecurityManagement,

    /// <summary>A sharing authority names the source department of data several departments collect (Art. 19 ¶2; 41(1)).</summary>
    SourceDepartmentNamed,

    /// <summary>A sharing authority coordinates a sharing dispute brought to it (Art. 28; 41(2)).</summary>
    DisputeCoordination,

    /// <summary>A sharing authority suspends the access of a requester that misused shared data and has it rectified within a time limit (Art. 27 ¶2; 41(3)).</summary>
    AuthorityMisuseSuspension,

    /// <summary>A provider suspends the access of a requester that misused its data and has it rectified within a time limit (Art. 27 ¶2; 39(9)).</summary>
    ProviderMisuseSuspension,

    /// <summary>A local sharing authority shares data with townships and villages as they need it (Art. 30 ¶3; 41(3)).</summary>
    GrassrootsSharing,
}
