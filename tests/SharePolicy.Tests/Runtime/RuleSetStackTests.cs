using NodaTime;
using NodaTime.Testing;
using SharePolicy.Calendar;
using SharePolicy.Compilation;
using SharePolicy.Engine;
using SharePolicy.Model;
using SharePolicy.Questions;
using SharePolicy.Rules;

namespace SharePolicy.Tests.Runtime;

/// <summary>
/// How the rule sets of a library decide together (docs/rule-sets.md): the national set in force on the event's day,
/// with the overlays in force that day for the decision's place; each kind of rule combined as the 2025 Regulations
/// and the Measures have national and local rules combine. Fixture overlays on the default library.
/// </summary>
public class RuleSetStackTests
{
    // Monday 4 March 2024, 10:00 in Beijing, under the Measures: 3 working days later is 7 March, 5 later is 11 March,
    // 10 later 18 March.
    private static readonly Instant InMarch2024 = Instant.FromUtc(2024, 3, 4, 2, 0);

    private static readonly CatalogEntry Conditional = Fixtures.Entry(ShareType.Conditional);

    [Fact]
    public void The_shorter_reply_deadline_of_an_overlay_binds_alone()
    {
        var engine = Engine(City(Require("city.reply-in-5", "ProviderReply", 5)), "330100");

        var decision = engine.DecideAccess(Request(InMarch2024), Conditional);

        decision.Outcome.Should().Be(AccessOutcome.ApplicationRequired);
        var reply = decision.Obligations.Should().ContainSingle(obligation => obligation.Kind == ObligationKind.ProviderReply).Subject;
        reply.RuleId.Should().Be("city.reply-in-5");
        reply.Deadline!.DueDate.Should().Be(new LocalDate(2024, 3, 11));
        decision.Reasons.Select(reason => reason.RuleId).Should().Equal("access.conditional.apply", "city.reply-in-5");
        decision.Items.Single().DecidingRules.Should().Equal("access.conditional.apply", "city.reply-in-5");
        decision.RuleSets.Select(stamp => stamp.Id).Should().Equal("cn.national.measures-2016", "test.city");
    }

    [Fact]
    public void A_longer_reply_deadline_of_an_overlay_leaves_the_national_one_binding_and_lint_warns()
    {
        var library = City(Require("city.reply-in-15", "ProviderReply", 15));

        var reply = Engine(library, "330100").DecideAccess(Request(InMarch2024), Conditional)
            .Obligations.Should().ContainSingle(obligation => obligation.Kind == ObligationKind.ProviderReply).Subject;

        reply.RuleId.Should().Be("access.conditional.apply");
        reply.Deadline!.DueDate.Should().Be(new LocalDate(2024, 3, 18));
        library.Warnings.Should().ContainSingle().Which.Message.Should().Be(
            "rule 'city.reply-in-15' would loosen national law: 15 working days for ProviderReply, where access.conditional.apply gives 10; the shorter binds.");
    }

    [Fact]
    public void A_local_procedural_step_is_an_obligation_of_its_own_and_one_longer_than_the_reply_is_a_warning()
    {
        var fits = City(Require("city.review", "ProceduralStep", 3));
        var tooLong = City(Require("city.review", "ProceduralStep", 12));

        var decision = Engine(fits, "330100").DecideAccess(Request(InMarch2024), Conditional);

        decision.Obligations.Select(obligation => obligation.Kind).Should().Equal(ObligationKind.ApplyThroughPlatform, ObligationKind.ProviderReply, ObligationKind.ProceduralStep);
        decision.Obligations[2].Deadline!.DueDate.Should().Be(new LocalDate(2024, 3, 7));
        fits.Warnings.Should().BeEmpty();
        tooLong.Warnings.Should().ContainSingle().Which.Message.Should().Be(
            "rule 'city.review': its step takes 12 working days, which does not fit inside the 10 of access.conditional.apply (ProviderReply).");
    }

    [Fact]
    public void A_require_rule_joins_only_an_outcome_the_other_rules_decided_to_be_its_own()
    {
        var engine = Engine(City(Require("city.reply-in-5", "ProviderReply", 5)), "330100");

        var denied = engine.DecideAccess(Request(InMarch2024, withoutPurpose: true), Conditional);
        var granted = engine.DecideAccess(Request(InMarch2024), Fixtures.Entry(ShareType.Unconditional));

        denied.Outcome.Should().Be(AccessOutcome.Denied);
        denied.FiredRules.Should().Contain("city.reply-in-5");
        denied.Reasons.Select(reason => reason.RuleId).Should().NotContain("city.reply-in-5");
        denied.Obligations.Select(obligation => obligation.Kind).Should().NotContain(ObligationKind.ProviderReply);
        granted.Outcome.Should().Be(AccessOutcome.Granted);
        granted.FiredRules.Should().NotContain("city.reply-in-5");
    }

    [Fact]
    public void A_stricter_local_ban_on_a_use_applies_inside_its_region_only()
    {
        var library = City(("city/uses.yaml", """
            question: use
            rules:
              - id: city.no-work-reference
                articles: ["14"]
                when: Use.Purpose.Use == UsePurpose.WorkReference
                effect: Forbid
                reason: { zh-Hans: 本市不得作工作参考使用。, en: Not as a work reference in this city. }
            """));
        var grant = new ShareGrant(Fixtures.Requester, "330100-0001", ["name"], new Purpose(UsePurpose.WorkReference, "调研"));
        var use = new DataUse(Fixtures.Requester, new Purpose(UsePurpose.WorkReference, "调研"), ["name"]) { UsedAt = InMarch2024 };

        var inside = Engine(library, "330100").DecideUse(grant, use);
        var outside = Engine(library, "330200").DecideUse(grant, use);

        inside.Outcome.Should().Be(UseOutcome.Denied);
        inside.Reasons.Select(reason => reason.RuleId).Should().Equal("city.no-work-reference");
        outside.Outcome.Should().Be(UseOutcome.Allowed);
        outside.RuleSets.Select(stamp => stamp.Id).Should().Equal("cn.national.measures-2016");
    }

    [Theory]
    [InlineData("Forbid", "the access rules of 'cn.national.measures-2016' are a ceiling on restrictions")]
    [InlineData("Permit", "an overlay cannot change the outcome the rules it overlays give (Permit)")]
    [InlineData("Override", "an overlay cannot change the outcome the rules it overlays give (Override)")]
    public void An_overlay_cannot_restrict_sharing_beyond_national_law_nor_change_its_outcomes(string effect, string message)
    {
        var act = () => City(("city/access.yaml", $$"""
            question: access
            rules:
              - id: city.rule
                articles: ["12¶1"]
                when: StatedShareType == ShareType.Conditional
                effect: {{effect}}
                {{(effect == "Forbid" ? string.Empty : "outcome: NegotiationRequired")}}
                reason: { zh-Hans: 示例, en: Example }
            """));

        act.Should().Throw<RuleSetLoadException>().Which.Errors.Should().ContainSingle()
            .Which.Message.Should().Contain(message);
    }

    [Fact]
    public void A_require_rule_without_obligations_adds_its_reason_and_articles_to_its_outcome_and_nothing_else()
    {
        var engine = Engine(City(("city/access.yaml", """
            question: access
            rules:
              - { id: city.note, articles: ["5(2)"], when: "true", effect: Require, outcome: ApplicationRequired, reason: { zh-Hans: 示例, en: Example } }
            """)), "330100");

        var applied = engine.DecideAccess(Request(InMarch2024), Conditional);
        var granted = engine.DecideAccess(Request(InMarch2024), Fixtures.Entry(ShareType.Unconditional));

        applied.Outcome.Should().Be(AccessOutcome.ApplicationRequired);
        applied.Reasons.Select(reason => reason.RuleId).Should().Equal("access.conditional.apply", "city.note");
        applied.Articles.Select(article => article.ToString()).Should().Contain("M2016 Art. 5(2)");
        applied.Obligations.Select(obligation => obligation.Kind).Should().Equal(ObligationKind.ApplyThroughPlatform, ObligationKind.ProviderReply);
        granted.Outcome.Should().Be(AccessOutcome.Granted);
        granted.Reasons.Select(reason => reason.RuleId).Should().NotContain("city.note");
    }

    [Theory]
    [InlineData("2023-12-31T10:00:00+08:00", "330100", false)] // before the overlay is in force
    [InlineData("2024-03-04T10:00:00+08:00", "310000", false)] // Shanghai, outside the city
    [InlineData("2024-03-04T10:00:00+08:00", null, false)]     // national rules alone
    [InlineData("2024-03-04T10:00:00+08:00", "330100", true)]
    [InlineData("2024-03-04T10:00:00+08:00", "330106", true)]   // a district of the city
    [InlineData("2024-03-04T10:00:00+08:00", "330106001", true)] // a township of the district, by its nine digits
    [InlineData("2024-12-31T10:00:00+08:00", "330100", true)]   // the overlay's last day
    [InlineData("2025-01-06T10:00:00+08:00", "330100", false)]  // after it
    public void An_overlay_decides_only_inside_its_dates_and_region(string submitted, string? region, bool applies)
    {
        var library = City(Require("city.reply-in-5", "ProviderReply", 5), to: "2024-12-31");
        var at = NodaTime.Text.OffsetDateTimePattern.ExtendedIso.Parse(submitted).Value.ToInstant();

        var decision = Engine(library, region).DecideAccess(Request(at), Conditional);

        decision.RuleSets.Select(stamp => stamp.Id).Should().Equal(applies ? ["cn.national.measures-2016", "test.city"] : ["cn.national.measures-2016"]);
        decision.FiredRules.Contains("city.reply-in-5").Should().Be(applies);
    }

    [Fact]
    public void A_call_names_its_own_place_instead_of_the_engines()
    {
        var engine = Engine(City(Require("city.reply-in-5", "ProviderReply", 5)), jurisdiction: null);

        var national = engine.DecideAccess(Request(InMarch2024), Conditional);
        var city = engine.DecideAccess(Request(InMarch2024), Conditional, "330100");

        national.RuleSets.Should().HaveCount(1);
        city.RuleSets.Should().HaveCount(2);
        ((Action)(() => engine.DecideAccess(Request(InMarch2024), Conditional, "33010"))).Should().Throw<ArgumentException>().WithParameterName("jurisdiction");
        ((Action)(() => Engine(RuleSetLoader.LoadDefault(), "zhejiang"))).Should().Throw<ArgumentException>().WithParameterName("jurisdiction");
    }

    [Fact]
    public void A_citys_overlay_on_its_provinces_applies_with_it_and_a_province_reaches_every_city_in_it()
    {
        var library = Library(
            ("province/rule-set.yaml", Manifest("test.province", "330000", "Provincial", "cn.national.measures-2016")),
            ("province/access.yaml", RequireFile("province.review", "ProceduralStep", 4)),
            ("city/rule-set.yaml", Manifest("test.city", "330100", "Municipal", "test.province")),
            ("city/access.yaml", RequireFile("city.reply-in-5", "ProviderReply", 5)));

        var hangzhou = Engine(library, "330100").DecideAccess(Request(InMarch2024), Conditional);
        var ningbo = Engine(library, "330200").DecideAccess(Request(InMarch2024), Conditional);

        hangzhou.RuleSets.Select(stamp => stamp.Id).Should().Equal("cn.national.measures-2016", "test.province", "test.city");
        hangzhou.Reasons.Select(reason => reason.RuleId).Should().Equal("access.conditional.apply", "province.review", "city.reply-in-5");
        ningbo.RuleSets.Select(stamp => stamp.Id).Should().Equal("cn.national.measures-2016", "test.province");
    }

    [Fact]
    public void A_citys_overlay_on_a_province_overlay_not_in_force_waits_for_it()
    {
        var library = Library(
            ("province/rule-set.yaml", Manifest("test.province", "330000", "Provincial", "cn.national.measures-2016", from: "2025-01-01")),
            ("province/access.yaml", RequireFile("province.review", "ProceduralStep", 4)),
            ("city/rule-set.yaml", Manifest("test.city", "330100", "Municipal", "test.province")),
            ("city/access.yaml", RequireFile("city.reply-in-5", "ProviderReply", 5)));

        Engine(library, "330100").DecideAccess(Request(InMarch2024), Conditional)
            .RuleSets.Select(stamp => stamp.Id).Should().Equal("cn.national.measures-2016");
    }

    [Theory]
    [InlineData("overlays: test.nowhere", "rule set 'test.city' overlays 'test.nowhere', which the library does not hold.")]
    [InlineData("overlays: test.province", "rule set 'test.city' (330100 (Municipal)) overlays 'test.province' (320000 (Provincial)); an overlay is for a place inside the one of the rule set it overlays.")]
    public void An_overlay_must_add_to_a_set_the_library_holds_for_a_place_around_its_own(string overlays, string message)
    {
        var act = () => Library(
            ("province/rule-set.yaml", Manifest("test.province", "320000", "Provincial", "cn.national.measures-2016")),
            ("province/access.yaml", RequireFile("province.review", "ProceduralStep", 4)),
            ("city/rule-set.yaml", Manifest("test.city", "330100", "Municipal", "x").Replace("overlays: x", overlays, StringComparison.Ordinal)),
            ("city/access.yaml", RequireFile("city.reply-in-5", "ProviderReply", 5)));

        act.Should().Throw<RuleSetLoadException>().Which.Errors.Select(error => error.Message).Should().Equal(message);
    }

    [Fact]
    public void Two_national_rule_sets_in_force_on_one_day_are_refused()
    {
        var act = () => Library(
            ("second/rule-set.yaml", """
                id: test.second
                version: "1"
                instrument: cn.measures-2016
                jurisdiction: national
                inForce: { from: 2020-01-01, to: 2020-12-31 }
                """),
            ("second/access.yaml", RequireFile("second.reply", "ProviderReply", 5)));

        act.Should().Throw<RuleSetLoadException>().Which.Errors.Select(error => error.Message).Should().Equal(
            "national rule sets 'cn.national.measures-2016' and 'test.second' are both in force on 2020-01-01; end the earlier one (inForce: to) the day before the later begins.");
    }

    [Fact]
    public void A_national_rule_set_succeeds_another_on_its_first_day_and_each_decides_the_events_of_its_own_days()
    {
        // The Measures' set ends on 2024-12-31 and test.later decides the first seven months of 2025, until the Regulations.
        var files = RuleSetLoader.ReadDefaultFiles()
            .Select(file => file.Path.EndsWith("rule-set.yaml", StringComparison.Ordinal)
                ? file with { Content = file.Content.Replace("  to: 2025-07-31", "  to: 2024-12-31", StringComparison.Ordinal) }
                : file)
            .Concat(Files(
                ("later/rule-set.yaml", "id: test.later\nversion: \"2\"\ninstrument: cn.measures-2016\njurisdiction: national\ninForce: { from: 2025-01-01, to: 2025-07-31 }\n"),
                ("later/access.yaml", "question: access\nrules:\n  - { id: later.apply, articles: [\"12¶1\"], when: \"StatedShareType == ShareType.Conditional\", effect: Permit, outcome: ApplicationRequired, reason: { zh-Hans: 示例, en: Example } }\n")));
        var engine = Engine(RuleSetLoader.Load(files), jurisdiction: null);

        var december = engine.DecideAccess(Request(Instant.FromUtc(2024, 12, 31, 2, 0)), Conditional);
        var january = engine.DecideAccess(Request(Instant.FromUtc(2025, 1, 2, 2, 0)), Conditional);

        december.FiredRules.Should().Equal("access.conditional.apply");
        december.AsOf.Should().Be(new LocalDate(2024, 12, 31));
        january.FiredRules.Should().Equal("later.apply");
        january.RuleSets.Select(stamp => $"{stamp.Id}@{stamp.Version}").Should().Equal("test.later@2");
    }

    [Fact]
    public void An_event_before_any_rule_set_is_in_force_is_decided_most_restrictively_saying_so()
    {
        var engine = Engine(RuleSetLoader.LoadDefault(), jurisdiction: null);
        var lastDayWithout = Instant.FromUtc(2016, 9, 4, 15, 59, 59); // 2016-09-04T23:59:59 in Beijing

        var access = engine.DecideAccess(Request(lastDayWithout), Fixtures.Entry(ShareType.Unconditional));
        var firstDay = engine.DecideAccess(Request(lastDayWithout + Duration.FromSeconds(1)), Fixtures.Entry(ShareType.Unconditional));
        var update = engine.DecideCatalogUpdate(new CatalogChange(Fixtures.Provider, CatalogChangeKind.LawRevised, Instant.FromUtc(2016, 6, 15, 2, 0)));

        access.Outcome.Should().Be(AccessOutcome.Denied);
        access.Reasons.Should().ContainSingle().Which.Should().Match<Reason>(reason => reason.RuleId == Reason.NoRuleSetInForce && reason.Articles.Count == 0);
        access.Reasons[0].Text.En.Should().Be("No rule set is in force on 2016-09-04, so nothing can allow an outcome and the decision takes the most restrictive one.");
        access.Items.Single().Outcome.Should().Be(AccessOutcome.Denied);
        access.RuleSets.Should().BeEmpty();
        access.FiredRules.Should().BeEmpty();
        access.AsOf.Should().Be(new LocalDate(2016, 9, 4));
        firstDay.Outcome.Should().Be(AccessOutcome.Granted);
        update.Outcome.Should().Be(CatalogUpdateOutcome.UpdateRequired);
        update.Obligations.Should().BeEmpty("no Art. 8 deadline for a law revised before the Measures existed");
        update.Reasons.Select(reason => reason.RuleId).Should().Equal(Reason.NoRuleSetInForce);
    }

    [Fact]
    public void Outside_its_region_no_rule_set_is_missing_the_national_one_decides_with_the_place_named()
    {
        var decision = Engine(RuleSetLoader.LoadDefault(), "330100").DecideAccess(Request(Instant.FromUtc(2016, 1, 4, 2, 0)), Conditional);

        decision.Reasons.Single().Text.ZhHans.Should().Be("2016-01-04在330100没有生效的规则集，无从作出准许，作出最严格的决定。");
    }

    [Fact]
    public void A_stamp_is_the_hash_of_the_rule_sets_content_the_same_for_the_same_files()
    {
        var once = City(Require("city.reply-in-5", "ProviderReply", 5)).FindRuleSet("test.city")!.Stamp;
        var again = City(Require("city.reply-in-5", "ProviderReply", 5)).FindRuleSet("test.city")!.Stamp;
        var changed = City(Require("city.reply-in-5", "ProviderReply", 4)).FindRuleSet("test.city")!.Stamp;

        once.Should().Be(again);
        once.Sha256.Should().MatchRegex("^[0-9a-f]{64}$").And.NotBe(changed.Sha256);
        once.Version.Should().Be("2026.1");
    }

    [Fact]
    public void Every_stack_is_compiled_once_and_shared()
    {
        var library = City(Require("city.reply-in-5", "ProviderReply", 5));
        var selector = new SharePolicy.Runtime.StackSelector(library);

        var first = selector.Select(new LocalDate(2024, 3, 4), "330100");

        selector.Select(new LocalDate(2024, 6, 3), "330102").Should().BeSameAs(first);
        selector.Select(new LocalDate(2024, 3, 4), null).Should().BeSameAs(selector.Select(new LocalDate(2016, 9, 5), "310000"));
        selector.Select(new LocalDate(2016, 9, 4), "330100").Should().BeNull();
    }

    private static (string Path, string Content) Require(string id, string kind, int days) => ("city/access.yaml", RequireFile(id, kind, days));

    private static string RequireFile(string id, string kind, int days) => $$"""
        question: access
        rules:
          - id: {{id}}
            articles: ["12¶1"]
            when: StatedShareType == ShareType.Conditional
            effect: Require
            outcome: ApplicationRequired
            reason: { zh-Hans: 示例, en: Example }
            obligations:
              - { kind: {{kind}}, zh-Hans: 示例, en: Example, deadline: { workingDays: {{days}} } }
        """;

    private static string Manifest(string id, string region, string level, string overlays, string from = "2024-01-01", string? to = null) => $$"""
        id: {{id}}
        version: "2026.1"
        instrument: cn.measures-2016
        jurisdiction: { region: "{{region}}", level: {{level}} }
        inForce: { from: {{from}}{{(to is null ? string.Empty : $", to: {to}")}} }
        overlays: {{overlays}}
        """;

    // The default library with a city's overlay on the Measures (Hangzhou, 330100, from 2024-01-01) of the given files.
    private static RuleLibrary City(params (string Path, string Content)[] files) => City(files, to: null);

    private static RuleLibrary City((string Path, string Content) file, string to) => City([file], to);

    private static RuleLibrary City((string Path, string Content)[] files, string? to) =>
        Library([("city/rule-set.yaml", Manifest("test.city", "330100", "Municipal", "cn.national.measures-2016", to: to)), .. files]);

    private static RuleLibrary Library(params (string Path, string Content)[] files) =>
        RuleSetLoader.Load(RuleSetLoader.ReadDefaultFiles().Concat(Files(files)));

    private static IEnumerable<RuleFile> Files(params (string Path, string Content)[] files) =>
        files.Select(file => new RuleFile("overlays/" + file.Path, file.Content));

    private static SharePolicyEngine Engine(RuleLibrary library, string? jurisdiction, WorkingDayCalendar? calendar = null) =>
        new(library, calendar ?? WorkingDayCalendar.China, new FakeClock(InMarch2024), jurisdiction: jurisdiction);

    private static AccessRequest Request(Instant submitted, bool withoutPurpose = false) =>
        new(Fixtures.Requester, "330100-0001", [], withoutPurpose ? null : Fixtures.Purpose, ShareMethod.OnlineQuery, submitted);
}
