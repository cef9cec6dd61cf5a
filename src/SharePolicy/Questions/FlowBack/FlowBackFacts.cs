using SharePolicy.Rules;

namespace SharePolicy.Questions;

/// <summary>What a flow-back rule's condition sees (Regulations Art. 24): the case, and how its parties and data stand.</summary>
public sealed class FlowBackFacts : RuleFacts
{
    internal FlowBackFacts(DataFlowBack flow)
    {
        Flow = flow;
        UpperLevel = flow.Provider.Level < flow.Recipient.Level
            && (flow.Provider.Level == Model.GovernmentLevel.Central || Area(flow.Provider.Region).Contains(flow.Recipient.Region));
        DataOfRecipientsRegion = Area(flow.Recipient.Region).Contains(flow.DataRegion);
    }

    /// <summary>The case.</summary>
    public DataFlowBack Flow { get; }

    /// <summary>
    /// True when the provider is the recipient's upper level (上级政府部门): of a higher level of government, and central or
    /// of a region that covers the recipient's (a province's department is not the upper level of another province's city).
    /// </summary>
    public bool UpperLevel { get; }

    /// <summary>True when the data was collected or produced within the recipient's region (下级政府行政区域内的政务数据).</summary>
    public bool DataOfRecipientsRegion { get; }

    // The area a region code covers; a code of the whole country (000000) covers every region.
    private static Jurisdiction Area(string region) => region.StartsWith("000000", StringComparison.Ordinal) ? Jurisdiction.National : Jurisdiction.Of(region);
}
