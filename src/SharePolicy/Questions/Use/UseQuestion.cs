using NodaTime;
using SharePolicy.Model;
using SharePolicy.Questions.Binding;
using SharePolicy.Rules;
using YamlDotNet.RepresentationModel;

namespace SharePolicy.Questions;

/// <summary>
/// May shared data be used this way (Art. 14, 12 ¶2)? The event is the day of the use, when it is known. A city or
/// province may ban a use the national rules allow: a stricter local ban applies within its jurisdiction.
/// </summary>
public sealed class UseQuestion : OneFactQuestion<UseInput, UseOutcome>
{
    internal UseQuestion()
        : base("use", typeof(UseFacts), UseOutcome.Denied, allowsLocalProhibitions: true)
    {
    }

    internal override LocalDate EventDate(UseInput input, QuestionContext context) =>
        input.Use.UsedAt is { } used ? context.DateOf(used) : context.Today;

    internal override RuleFacts Fact(UseInput input, QuestionContext context) => new UseFacts(input.Grant, input.Use);

    internal override (UseInput Input, Instant? Time)? Bind(GivenReader given)
    {
        var map = given.Given("grant", "use");
        var grant = ReadGrant(given, map?.Required("grant"));
        var use = ReadUse(given, map?.Required("use"));
        return grant is null || use is null ? null : (new UseInput(grant, use), use.UsedAt);
    }

    /// <summary>Reads a grant; a compliance record states its uses' grants the same way.</summary>
    internal static ShareGrant? ReadGrant(GivenReader given, YamlNode? node)
    {
        var map = given.Map(node, "a grant", "grantee", "code", "items", "purpose", "method");
        var grantee = given.Department(map?.Required("grantee"));
        var code = given.Text(map?.Required("code"), "grant code");
        var items = given.Texts(GivenReader.Optional(map, "items"), "grant items");
        var purpose = given.Purpose(map?.Required("purpose"));
        var method = GivenReader.Optional(map, "method") is { } methodNode ? given.Enum<ShareMethod>(methodNode, "grant method") : null;
        return grantee is null || code is null || items is null || purpose is null || GivenReader.Missing(map, "method", method) ? null
            : given.Make(node!, () => new ShareGrant(grantee, code, items, purpose) { Method = method });
    }

    /// <summary>Reads a use; a compliance record states its uses the same way.</summary>
    internal static DataUse? ReadUse(GivenReader given, YamlNode? node)
    {
        var map = given.Map(node, "a use", "user", "code", "purpose", "items", "passesToThirdParty", "inChangedForm", "usedAt",
            "widerScopeConsented", "otherPurposeConsented", "thirdPartyConsented");
        var user = given.Department(map?.Required("user"));
        var purpose = given.Purpose(map?.Required("purpose"));
        var items = given.Texts(GivenReader.Optional(map, "items"), "use items");
        var third = given.Flag(map, "passesToThirdParty", "use passesToThirdParty");
        var changed = given.Flag(map, "inChangedForm", "use inChangedForm");
        var wider = given.Flag(map, "widerScopeConsented", "use widerScopeConsented");
        var other = given.Flag(map, "otherPurposeConsented", "use otherPurposeConsented");
        var party = given.Flag(map, "thirdPartyConsented", "use thirdPartyConsented");
        var used = GivenReader.Optional(map, "usedAt") is { } usedNode ? given.Instant(usedNode, "use usedAt") : null;
        var code = GivenReader.Optional(map, "code") is { } codeNode ? given.Text(codeNode, "use code") : null;
        return user is null || purpose is null || items is null || third is null || changed is null || wider is null || other is null || party is null || GivenReader.Missing(map, "usedAt", used)
            || GivenReader.Missing(map, "code", code) ? null
            : given.Make(node!, () => new DataUse(user, purpose, items)
            {
                ResourceCode = code,
                PassesToThirdParty = third.Value,
                InChangedForm = changed.Value,
                WiderScopeConsented = wider.Value,
                OtherPurposeConsented = other.Value,
                ThirdPartyConsented = party.Value,
                UsedAt = used,
            });
    }
}
