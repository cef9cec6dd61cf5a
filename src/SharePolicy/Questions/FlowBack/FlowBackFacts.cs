using SharePolicy.Rules;

namespace SharePolicy.Questions;

/// <summary>What a flow-back rule's condition sees (Regulations Art. 24): the case, and how its parties and data stand.</summary>
public sealed class FlowBackFacts : RuleFacts
{
    internal FlowBackFacts(DataFlowBack flow)
    {
        Flow = flow;
        UpperLevel = flow.Provider.Level < flow.Recipient.Level;
        DataOfRecipientsRegion = Jurisdiction.Of(flow.Recipient.Region).Contains(flow.DataRegion);
    }

    /// <summary>The case.</summary>
    public DataFlowBack Flow { get; }

    /// <summary>True when the provider belongs to a higher level of government than the recipient (上级政府部门).</summary>
    public bool UpperLevel { get; }

    /// <summary>True when the data was collected or produced within the recipient's region (下级政府行政区域内的政务数据).</summary>
    public bool DataOfRecipientsRegion { get; }
}
