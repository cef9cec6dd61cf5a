using NodaTime;
using SharePolicy.Questions;

namespace SharePolicy.Samples.WebApi.Contracts;

/// <summary>One use a department makes of shared data (<see cref="DataUse"/>).</summary>
public sealed record UseBody(DepartmentBody User, PurposeBody Purpose, IReadOnlyList<string?> Items, bool PassesToThirdParty = false, bool InChangedForm = false, OffsetDateTime? UsedAt = null, string? ResourceCode = null,
    bool WiderScopeConsented = false, bool OtherPurposeConsented = false, bool ThirdPartyConsented = false)
{
    public DataUse ToModel() => new(User.ToModel(), Purpose.ToModel(), Lists.NoNulls(Items, "use.items"))
    {
        ResourceCode = ResourceCode,
        PassesToThirdParty = PassesToThirdParty,
        InChangedForm = InChangedForm,
        WiderScopeConsented = WiderScopeConsented,
        OtherPurposeConsented = OtherPurposeConsented,
        ThirdPartyConsented = ThirdPartyConsented,
        UsedAt = UsedAt?.ToInstant(),
    };
}
