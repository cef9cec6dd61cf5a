using System.Globalization;
using System.Text;
using NodaTime.Testing;
using SharePolicy.Calendar;
using SharePolicy.Compilation;
using SharePolicy.Engine;
using SharePolicy.Model;
using SharePolicy.Questions;

namespace SharePolicy.Tests.Model;

/// <summary>
/// Text counts as given only when it has a visible character (docs/hostile-input.md): text made of invisible or control
/// characters looks present but says nothing, and must never pass for a stated purpose, a requester or a reason.
/// </summary>
public class VisibleTextTests
{
    // Each draws nothing: zero-width space, zero-width joiner, word joiner, byte order mark, Mongolian vowel separator,
    // soft hyphen, NUL, a combining mark alone, a Hangul filler, a braille blank, ideographic space, private use.
    public static TheoryData<string> Invisible => new(
        "\u200B", "\u200D", "\u2060", "\uFEFF", "\u180E", "\u00AD", "\0", "\u0301", "\u3164", "\u2800", "\u3000", "\uE000",
        "\u200B\u200D\u2060", " \t\r\n", "\u202E\u202C");

    private readonly SharePolicyEngine _engine = new(RuleSetLoader.LoadDefault(), WorkingDayCalendar.China, new FakeClock(Fixtures.Submitted));

    [Theory]
    [MemberData(nameof(Invisible))]
    public void A_purpose_whose_duty_is_invisible_is_refused_so_it_can_never_be_granted(string duty)
    {
        var act = () => new Purpose(UsePurpose.DataVerification, duty);

        act.Should().Throw<ArgumentException>().WithParameterName("duty")
            .WithMessage("duty must have a visible character (was '*': U+*");
    }

    [Theory]
    [MemberData(nameof(Invisible))]
    public void A_requester_whose_name_is_invisible_is_refused(string name)
    {
        var act = () => new Department("11330100MB0000001X", name, GovernmentLevel.Municipal, "330100");

        act.Should().Throw<ArgumentException>().WithParameterName("name");
    }

    [Theory]
    [InlineData("\u200B")]
    [InlineData("11330100MB0000001X\u200B")]
    [InlineData("１１３３")]
    [InlineData("-leading-dash")]
    public void A_requester_whose_code_holds_anything_but_a_codes_characters_is_refused_naming_the_code_point(string code)
    {
        var act = () => new Department(code, "杭州市民政局", GovernmentLevel.Municipal, "330100");

        var bad = code.First(c => !char.IsAsciiLetterOrDigit(c) && !(c == '-' && code.IndexOf(c, StringComparison.Ordinal) > 0));
        act.Should().Throw<ArgumentException>().WithParameterName("code")
            .WithMessage($"code '*' is not a code: U+{(int)bad:X4} at index {code.IndexOf(bad, StringComparison.Ordinal)} is not allowed*");
    }

    [Theory]
    [InlineData("\u200B")]
    [InlineData("33010")]
    [InlineData("33O100")]
    [InlineData("３３０１００")]
    public void A_requester_whose_region_is_not_a_division_code_is_refused(string region)
    {
        var act = () => new Department("11330100MB0000001X", "杭州市民政局", GovernmentLevel.Municipal, region);

        act.Should().Throw<ArgumentException>().WithParameterName("region")
            .WithMessage($"region '*' is not an administrative division code: write its 6 digits (GB/T 2260, e.g. 330100), or 9 or 12.*");
    }

    [Theory]
    [MemberData(nameof(Invisible))]
    public void A_refusal_whose_reasons_are_invisible_is_refused_so_it_can_never_be_reviewed_sound(string reasons)
    {
        var act = () => new ProviderReply(approved: false, Fixtures.Submitted) { RefusalReasons = reasons };

        act.Should().Throw<ArgumentException>().WithParameterName("RefusalReasons");
    }

    [Fact]
    public void A_code_is_normalised_to_NFC_and_then_checked()
    {
        var act = () => new CatalogItem("e\u0301", "姓名", ItemKind.BusinessItem); // é written as e and a combining acute

        act.Should().Throw<ArgumentException>().WithMessage("code 'é' is not a code: U+00E9 at index 0 is not allowed*");
    }

    [Fact]
    public void Half_of_a_surrogate_pair_is_not_text()
    {
        var act = () => new Purpose(UsePurpose.DataVerification, "审核\uD83D");

        act.Should().Throw<ArgumentException>().WithMessage("duty is not well-formed text: U+D83D at index 2 is half of a surrogate pair.*");
    }

    [Fact]
    public void Text_with_a_visible_character_among_invisible_ones_is_kept_as_given()
    {
        new Purpose(UsePurpose.DataVerification, "\u200B审核\u200D").Duty.Should().Be("\u200B审核\u200D");
        new Purpose(UsePurpose.DataVerification, "😀").Duty.Should().Be("😀");
    }

    [Fact]
    public void Text_longer_than_the_limit_is_refused_naming_both_lengths()
    {
        var act = () => new Purpose(UsePurpose.DataVerification, new string('责', ModelLimits.MaxTextLength + 1));

        act.Should().Throw<ArgumentException>().WithMessage($"duty is {ModelLimits.MaxTextLength + 1} characters long; at most {ModelLimits.MaxTextLength} are allowed*");
    }

    /// <summary>
    /// A property over random Unicode: whatever the text, the model keeps it as the duty only when an independent
    /// reading of its characters finds a visible one, and a request is granted only with such a duty.
    /// </summary>
    [Fact]
    public void Random_unicode_never_turns_an_absent_purpose_into_a_grant()
    {
        var random = new Random(2016);
        var entry = Fixtures.Entry(ShareType.Unconditional);
        var (kept, refused) = (0, 0);
        for (var i = 0; i < 20_000; i++)
        {
            var text = RandomText(random);
            Purpose? purpose = null;
            try
            {
                purpose = new Purpose(UsePurpose.DataVerification, text);
            }
            catch (ArgumentException)
            {
            }

            var visible = HasVisibleCharacter(text);
            (purpose is not null).Should().Be(visible && text.Length <= ModelLimits.MaxTextLength && WellFormed(text), $"text {Describe(text)}");
            if (purpose is null)
            {
                refused++;
                continue;
            }

            kept++;
            var decision = _engine.DecideAccess(Fixtures.Request(purpose), entry);
            decision.Outcome.Should().Be(AccessOutcome.Granted);
        }

        kept.Should().BeGreaterThan(2_000);
        refused.Should().BeGreaterThan(2_000);
    }

    // Code points from every plane, biased to the ones that draw nothing, and now and then half a surrogate pair.
    private static string RandomText(Random random)
    {
        int[] invisible = [0x20, 0x09, 0x00, 0x00AD, 0x034F, 0x0301, 0x115F, 0x1160, 0x180E, 0x200B, 0x200D, 0x2060, 0x202E, 0x2800, 0x3000, 0x3164, 0xFEFF, 0xFFA0, 0xE000, 0xE0001, 0xF0000];
        var text = new StringBuilder();
        for (var n = random.Next(0, 5); n > 0; n--)
        {
            var roll = random.Next(10);
            var codePoint = roll < 6 ? invisible[random.Next(invisible.Length)] : roll < 8 ? random.Next(0x21, 0x3000) : random.Next(0, 0x110000);
            text.Append(codePoint is >= 0xD800 and <= 0xDFFF ? ((char)codePoint).ToString() : char.ConvertFromUtf32(codePoint));
        }

        return text.ToString();
    }

    // The oracle, written apart from the model's check: a visible character is one whose category is neither a
    // separator, a control, a format, unassigned, private use, a surrogate nor a mark, and that is no blank filler.
    private static bool HasVisibleCharacter(string text)
    {
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(text, i);
            var blank = text[i] is '\u115F' or '\u1160' or '\u3164' or '\uFFA0' or '\u2800' || char.IsWhiteSpace(text, i);
            var unseen = category is UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse
                or UnicodeCategory.Surrogate or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
            if (!blank && !unseen)
            {
                return true;
            }
        }

        return false;
    }

    private static bool WellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string Describe(string text) => string.Join(' ', text.Select(c => $"U+{(int)c:X4}"));
}
