using SharePolicy.Questions;

namespace SharePolicy.Samples.WebApi.Contracts;

/// <summary>The extension of a reply period a provider relies on (<see cref="ReplyExtension"/>).</summary>
public sealed record ReplyExtensionBody(int WorkingDays, bool ApprovedByAuthority = false, bool RequesterNotified = false)
{
    public ReplyExtension ToModel() => new(WorkingDays, ApprovedByAuthority, RequesterNotified);
}
