namespace SharePolicy.Rules;

/// <summary>What a party must do because of a decision.</summary>
public enum ObligationKind
{
    /// <summary>The requester takes the data from the sharing platform (Art. 12 ¶1).</summary>
    TakeFromPlatform,

    /// <summary>The requester applies to the provider through the sharing platform (Art. 12 ¶1).</summary>
    ApplyThroughPlatform,

    /// <summary>The provider replies to the application, with reasons for any refusal (Art. 12 ¶1).</summary>
    ProviderReply,

    /// <summary>Requester and provider negotiate; failing that, the sharing authority coordinates (Art. 12 ¶1).</summary>
    Negotiate,

    /// <summary>The requester states a duty-based purpose before the request can proceed (Art. 5(2)).</summary>
    StatePurpose,

    /// <summary>The department updates its resource catalog (Art. 8).</summary>
    UpdateCatalog,

    /// <summary>The department reports the past year's sharing to the joint conference (Art. 18).</summary>
    ReportAnnually,

    /// <summary>The parties ask the sharing authority or the joint conference to coordinate (Art. 12 ¶1).</summary>
    SeekCoordination,

    /// <summary>The department obtains the item from the sharing platform instead of from the applicant (Art. 12 ¶3).</summary>
    ObtainFromPlatform,

    /// <summary>The user returns doubtful or wrong data to the provider for verification (Art. 15).</summary>
    ReturnForVerification,

    /// <summary>The matter is handled as normal: not refused, not delayed, the applicant not sent to correct the record (Art. 15).</summary>
    ProcessWithoutDelay,

    /// <summary>The department rectifies what the review found, as the NDRC notifies it (Art. 24).</summary>
    Rectify,

    /// <summary>A step a rule set adds to the procedure, e.g. a local authority's review of an application; its text says which.</summary>
    ProceduralStep,

    /// <summary>The requester asks again naming a share method the catalog entry offers (Art. 7, 12 ¶2).</summary>
    UseOfferedMethod,

    /// <summary>The provider delivers the data its reply agreed to share (Regulations Art. 22).</summary>
    DeliverData,

    /// <summary>The provider tells the requester once every material the application lacks (Regulations Art. 21 ¶2).</summary>
    SupplyMissingMaterials,

    /// <summary>The sharing authority reviews and publishes an updated catalog (Regulations Art. 17 ¶3).</summary>
    ReviewCatalog,

    /// <summary>
    /// The upper-level department returns the data on the lower region to its department promptly and completely, with
    /// the systems connected, and sets no extra conditions (Regulations Art. 24 ¶1).
    /// </summary>
    ReturnData,

    /// <summary>
    /// The department that obtained the data uses it only as its duties need and keeps it secure, answering for any
    /// tampering, damage, leak or unlawful use while it uses it (Regulations Art. 24 ¶2, 34 ¶2).
    /// </summary>
    SecureData,

    /// <summary>The requester disposes of the data as the provider requires (Regulations Art. 27 ¶1).</summary>
    DisposeData,

    /// <summary>The sharing authority or the provider suspends the requester's access to the shared data (Regulations Art. 27 ¶2).</summary>
    SuspendAccess,

    /// <summary>
    /// The requester records the scenario, process, effect, storage and destruction of the data it uses and keeps each
    /// record at least 3 years; with a deadline, that is the last day of the period, before which the record is not
    /// destroyed (Regulations Art. 29 ¶2).
    /// </summary>
    KeepUsageRecords,

    /// <summary>The provider consults the requester before it ends or changes a sharing service (Regulations Art. 27 ¶3).</summary>
    ConsultRequester,

    /// <summary>The provider files the end or change of a sharing service with the same-level sharing authority (Regulations Art. 27 ¶3).</summary>
    FileWithAuthority,

    /// <summary>The provider provides the sharing service free of charge (Measures Art. 5(2), "无偿提供共享服务", carried over).</summary>
    ProvideFreeOfCharge,
}
