using System.Text.RegularExpressions;
using SharePolicy.Compilation;
using SharePolicy.Instruments;
using SharePolicy.Model;
using SharePolicy.Questions;
using SharePolicy.Rules;
using static SharePolicy.Tests.Compilation.RuleFileSamples;

namespace SharePolicy.Tests.Compilation;

public sealed partial class RuleFileReaderTests : IDisposable
{
    private static string[] AccessRuleIds =>
    [
        "access.unconditional.take-directly",
        "access.conditional.apply",
        "access.not-shared.negotiate",
        "base-resource.base-item.unconditional",
        "purpose.required",
    ];

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "sharepolicy-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public void A_valid_file_loads_with_every_field_as_written()
    {
        var rules = RuleSetLoader.Load([new RuleFile(FileName, Valid)]);

        var rule = rules.Rules.Should().ContainSingle().Subject;
        rule.Id.Should().Be("test.grant");
        rule.Question.Should().BeSameAs(PolicyQuestions.Access);
        rule.Articles.Should().Equal(Instrument.Measures2016.Article(9), Instrument.Measures2016.Paragraph(12, 1));
        rule.Condition.Should().Be("StatedShareType == ShareType.Unconditional");
        rule.Effect.Should().Be(RuleEffect.Permit);
        rule.Outcome.Should().Be(AccessOutcome.Granted);
        rule.Reason.Should().BeEquivalentTo(new { RuleId = "test.grant", Text = new BilingualText("测试原因", "test reason") });
        rule.Obligations.Should().Equal(
            new ObligationRule(ObligationKind.TakeFromPlatform, new BilingualText("直接获取", "take it"), new WorkingDaysDeadline(10)));
        rule.Source.Should().Be(new RuleSource(FileName, 3, 5));
        rules.FindRule("test.grant").Should().BeSameAs(rule);
        rules.FindRule("test.other").Should().BeNull();
    }

    [Fact]
    public void A_forbid_rule_without_outcome_gives_Denied()
    {
        var yaml = Valid.Replace("effect: Permit", "effect: Forbid").Replace("    outcome: Granted\n", "    # no outcome\n");

        var rule = RuleSetLoader.Load([new RuleFile(FileName, yaml)]).Rules.Single();

        rule.Effect.Should().Be(RuleEffect.Forbid);
        rule.Outcome.Should().Be(AccessOutcome.Denied);
    }

    [Fact]
    public void Invalid_YAML_is_reported_at_the_line_the_parser_stopped()
    {
        var yaml = Valid.Replace("    articles:", "   articles:");

        var error = LoadFails(yaml).Errors.Should().ContainSingle().Subject;

        error.Where.Should().Be(new RuleSource(FileName, 4, 4));
        error.Message.Should().StartWith("not valid YAML: ").And.Contain("did not find expected '-' indicator");
    }

    [Fact]
    public void A_repeated_key_is_invalid_YAML_at_its_second_occurrence()
    {
        var yaml = Valid.Replace("question: access\n", "question: access\nquestion: access\n");

        var error = LoadFails(yaml).Errors.Should().ContainSingle().Subject;

        error.Where.Should().Be(new RuleSource(FileName, 2, 1));
        error.Message.Should().StartWith("not valid YAML: ").And.Contain("Duplicate key question");
    }

    [Fact]
    public void An_unclosed_quote_is_invalid_YAML_where_the_quote_opens()
    {
        var yaml = Valid.Replace("when: StatedShareType", "when: \"StatedShareType");

        var error = LoadFails(yaml).Errors.Should().ContainSingle().Subject;

        error.Where.Should().Be(new RuleSource(FileName, 5, 11));
        error.Message.Should().StartWith("not valid YAML: ");
    }

    // YamlDotNet throws InvalidOperationException (not YamlException) on this input; the loader must still
    // report it as a rule file error rather than let it escape.
    [Fact]
    public void An_unclosed_flow_sequence_is_reported_as_a_rule_file_error()
    {
        var yaml = Valid.Replace("- id: test.grant", "- id: [test.grant");

        var act = () => RuleSetLoader.Load([new RuleFile(FileName, yaml)]);

        var error = act.Should().Throw<RuleSetLoadException>().Which.Errors.Should().ContainSingle().Subject;
        error.Where.File.Should().Be(FileName);
        error.Message.Should().StartWith("not valid YAML");
        error.Where.Line.Should().Be(1);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    public void A_file_without_a_document_is_reported(string yaml)
    {
        LoadFails(yaml).Errors.Should().Equal(
            new RuleFileError(new RuleSource(FileName, 1, 1), "a rule file holds one YAML document, not 0."));
    }

    [Fact]
    public void A_file_with_two_documents_is_reported()
    {
        LoadFails(Valid + "\n---\n" + Valid).Errors.Should().Equal(
            new RuleFileError(new RuleSource(FileName, 1, 1), "a rule file holds one YAML document, not 2."));
    }

    [Fact]
    public void A_file_that_is_not_a_mapping_is_reported()
    {
        LoadFails("- question: access\n").Errors.Should().Equal(
            new RuleFileError(new RuleSource(FileName, 1, 1), "a rule file must be a mapping of question, rules, lists."));
    }

    [Fact]
    public void An_unknown_top_level_field_is_reported_at_its_key()
    {
        var yaml = Valid.Replace("question: access\n", "question: access\nversion: 2\n");

        LoadFails(yaml).Errors.Should().Equal(
            new RuleFileError(new RuleSource(FileName, 2, 1), "unknown field 'version' in a rule file; expected one of: question, rules, lists."));
    }

    [Fact]
    public void A_file_without_question_or_rules_is_reported()
    {
        LoadFails("question: access\n").Errors.Should().Equal(
            new RuleFileError(new RuleSource(FileName, 1, 1), "a rule file has no 'rules' field."));
        LoadFails(Valid.Replace("question: access\n", "# no question\n")).Errors.Should().Equal(
            new RuleFileError(new RuleSource(FileName, 2, 1), "a rule file has no 'question' field."));
    }

    [Fact]
    public void An_unknown_question_is_reported_at_its_value()
    {
        var yaml = Valid.Replace("question: access", "question: permissions");

        LoadFails(yaml).Errors.Should().Equal(
            new RuleFileError(
                new RuleSource(FileName, 1, 11),
                $"unknown question 'permissions'; expected one of: {string.Join(", ", PolicyQuestions.All.Select(question => question.Name))}."));
    }

    [Fact]
    public void A_misspelt_rule_field_is_reported_at_its_key_and_the_field_it_replaces_as_missing()
    {
        var yaml = Valid.Replace("    when:", "    whn:");

        LoadFails(yaml).Errors.Should().Equal(
            new RuleFileError(
                new RuleSource(FileName, 5, 5),
                "unknown field 'whn' in a rule; expected one of: id, articles, when, effect, outcome, reason, obligations."),
            new RuleFileError(new RuleSource(FileName, 3, 5), "a rule has no 'when' field."));
    }

    [Theory]
    [InlineData("id", "  - id: test.grant\n", "  - # no id\n", 4)]
    [InlineData("articles", "    articles: [\"9\", \"12¶1\"]\n", "    # no articles\n", 3)]
    [InlineData("when", "    when: StatedShareType == ShareType.Unconditional\n", "    # no when\n", 3)]
    [InlineData("effect", "    effect: Permit\n", "    # no effect\n", 3)]
    [InlineData("reason", "    reason:\n      zh-Hans: 测试原因\n      en: test reason\n", "    # no reason\n", 3)]
    public void A_missing_rule_field_is_reported_at_the_rule(string field, string line, string replacement, int ruleLine)
    {
        var yaml = Valid.Replace(line, replacement);
        yaml.Should().NotBe(Valid);

        LoadFails(yaml).Errors.Should().Equal(
            new RuleFileError(new RuleSource(FileName, ruleLine, 5), $"a rule has no '{field}' field."));
    }

    [Theory]
    [InlineData("Test.Grant")]
    [InlineData("test_grant")]
    [InlineData("test..grant")]
    [InlineData("test.grant.")]
    [InlineData("-test")]
    [InlineData("测试")]
    public void A_malformed_id_is_reported_at_its_value(string id)
    {
        var yaml = Valid.Replace("id: test.grant", "id: " + id);

        LoadFails(yaml).Errors.Should().Equal(
            new RuleFileError(
                new RuleSource(FileName, 3, 9),
                $"rule id '{id}' must be lower-case letters and digits in words joined by '.' or '-', e.g. access.conditional.apply."));
    }

    // The id pattern ends in '$', which also matches before a final newline; a quoted id can carry one.
    [Fact]
    public void An_id_ending_in_a_newline_is_reported_as_malformed()
    {
        var yaml = Valid.Replace("id: test.grant", "id: \"test.grant\\n\"");

        var act = () => RuleSetLoader.Load([new RuleFile(FileName, yaml)]);

        var error = act.Should().Throw<RuleSetLoadException>().Which.Errors.Should().ContainSingle().Subject;
        error.Where.Should().Be(new RuleSource(FileName, 3, 9));
        error.Message.Should().StartWith("rule id 'test.grant\n' must be lower-case letters and digits");
    }

    [Fact]
    public void An_unknown_effect_is_reported_at_its_value()
    {
        var yaml = Valid.Replace("effect: Permit", "effect: Allow");

        LoadFails(yaml).Errors.Should().Equal(
            new RuleFileError(new RuleSource(FileName, 6, 13), "'Allow' is not a valid effect; expected one of: Permit, Override, Forbid, Require."));
    }

    [Fact]
    public void An_effect_in_the_wrong_case_is_reported()
    {
        var yaml = Valid.Replace("effect: Permit", "effect: permit");

        LoadFails(yaml).Errors.Should().Equal(
            new RuleFileError(new RuleSource(FileName, 6, 13), "'permit' is not a valid effect; expected one of: Permit, Override, Forbid, Require."));
    }

    [Fact]
    public void An_unknown_outcome_is_reported_at_its_value()
    {
        var yaml = Valid.Replace("outcome: Granted", "outcome: Approved");

        LoadFails(yaml).Errors.Should().Equal(
            new RuleFileError(
                new RuleSource(FileName, 7, 14),
                "'Approved' is not a valid outcome of the access question; expected one of: Granted, ApplicationRequired, SupplementRequired, NegotiationRequired, OutOfScope, Denied."));
    }

    [Fact]
    public void A_forbid_rule_with_an_outcome_is_reported_at_the_outcome()
    {
        var yaml = Valid.Replace("effect: Permit", "effect: Forbid").Replace("outcome: Granted", "outcome: Denied");

        LoadFails(yaml).Errors.Should().Equal(
            new RuleFileError(new RuleSource(FileName, 7, 14), "a forbid rule always gives Denied; remove 'outcome'."));
    }

    [Fact]
    public void A_permit_rule_without_outcome_is_reported_at_the_rule()
    {
        var yaml = Valid.Replace("    outcome: Granted\n", "    # no outcome\n");

        LoadFails(yaml).Errors.Should().Equal(
            new RuleFileError(new RuleSource(FileName, 3, 5), "a rule with effect Permit needs an 'outcome'."));
    }

    [Fact]
    public void An_override_rule_without_outcome_is_reported_at_the_rule()
    {
        var yaml = Valid.Replace("effect: Permit", "effect: Override").Replace("    outcome: Granted\n", "    # no outcome\n");

        var error = LoadFails(yaml).Errors.Should().ContainSingle().Subject;

        error.Where.Should().Be(new RuleSource(FileName, 3, 5));
        error.Message.Should().Be("a rule with effect Override needs an 'outcome'.");
    }

    [Fact]
    public void Articles_the_Measures_do_not_have_are_each_reported_at_the_article()
    {
        var yaml = Valid.Replace("articles: [\"9\", \"12¶1\"]", "articles: [\"9\", \"12¶4\", \"27\"]");

        LoadFails(yaml).Errors.Should().Equal(
            new RuleFileError(new RuleSource(FileName, 4, 21), "'12¶4': article 12 of M2016 has paragraphs 1 to 3, not 4"),
            new RuleFileError(new RuleSource(FileName, 4, 29), "'27': M2016 (Interim Measures for the Management of Government Information Resource Sharing) has articles 1 to 26, not 27"));
    }

    [Fact]
    public void An_article_in_a_block_list_is_reported_on_its_own_line()
    {
        var yaml = Valid.Replace("    articles: [\"9\", \"12¶1\"]\n", "    articles:\n      - 9\n      - 10¶1\n");

        LoadFails(yaml).Errors.Should().Equal(
            new RuleFileError(new RuleSource(FileName, 6, 9), "'10¶1': article 10 of M2016 is a single paragraph"));
    }

    [Fact]
    public void An_article_written_in_full_width_digits_is_reported_at_the_article()
    {
        var yaml = Valid.Replace("articles: [\"9\", \"12¶1\"]", "articles: [\"9\", \"１２¶１\"]");

        var act = () => RuleSetLoader.Load([new RuleFile(FileName, yaml)]);

        var error = act.Should().Throw<RuleSetLoadException>().Which.Errors.Should().ContainSingle().Subject;
        error.Where.Should().Be(new RuleSource(FileName, 4, 21));
        error.Message.Should().Contain("'１２¶１'");
    }

    [Fact]
    public void An_empty_articles_list_is_reported()
    {
        var yaml = Valid.Replace("articles: [\"9\", \"12¶1\"]", "articles: []");

        LoadFails(yaml).Errors.Should().Equal(
            new RuleFileError(new RuleSource(FileName, 4, 15), "articles must cite at least one article."));
    }

    [Fact]
    public void Articles_that_are_not_a_list_are_reported()
    {
        var yaml = Valid.Replace("articles: [\"9\", \"12¶1\"]", "articles: 9");

        LoadFails(yaml).Errors.Should().Equal(
            new RuleFileError(new RuleSource(FileName, 4, 15), "articles must be a list."));
    }

    [Fact]
    public void A_reason_that_is_not_a_mapping_is_reported()
    {
        var yaml = Valid.Replace("    reason:\n      zh-Hans: 测试原因\n      en: test reason\n", "    reason: because\n");

        LoadFails(yaml).Errors.Should().Equal(
            new RuleFileError(new RuleSource(FileName, 8, 13), "reason must be a mapping of zh-Hans, en."));
    }

    [Fact]
    public void A_reason_without_English_is_reported_at_the_reason()
    {
        var yaml = Valid.Replace("      en: test reason\n", "      # no en\n");

        LoadFails(yaml).Errors.Should().Equal(
            new RuleFileError(new RuleSource(FileName, 9, 7), "reason has no 'en' field."));
    }

    [Fact]
    public void An_unknown_obligation_kind_is_reported_at_its_value()
    {
        var yaml = Valid.Replace("kind: TakeFromPlatform", "kind: Notify");

        LoadFails(yaml).Errors.Should().Equal(
            new RuleFileError(
                new RuleSource(FileName, 12, 15),
                $"'Notify' is not a valid obligation kind; expected one of: {string.Join(", ", Enum.GetNames<ObligationKind>())}."));
    }

    [Fact]
    public void An_unknown_obligation_field_is_reported_at_its_key()
    {
        var yaml = Valid + "\n        note: soon";

        LoadFails(yaml).Errors.Should().Equal(
            new RuleFileError(new RuleSource(FileName, 16, 9), "unknown field 'note' in an obligation; expected one of: kind, zh-Hans, en, deadline."));
    }

    [Fact]
    public void Every_error_of_a_file_is_reported_in_file_order()
    {
        const string yaml = """
            question: access
            version: 2
            rules:
              - id: Test.Grant
                articles: ["27"]
                when: StatedShareType == ShareType.Unconditional
                effect: Allow
                outcome: Granted
                reason:
                  zh-Hans: 测试
                  en: test
              - id: test.deny
                articles: []
                whn: Request.Purpose == null
                effect: Forbid
                outcome: Denied
                reason: because
            """;

        LoadFails(yaml).Errors.Should().Equal(
            new RuleFileError(new RuleSource(FileName, 2, 1), "unknown field 'version' in a rule file; expected one of: question, rules, lists."),
            new RuleFileError(
                new RuleSource(FileName, 4, 9),
                "rule id 'Test.Grant' must be lower-case letters and digits in words joined by '.' or '-', e.g. access.conditional.apply."),
            new RuleFileError(new RuleSource(FileName, 5, 16), "'27': M2016 (Interim Measures for the Management of Government Information Resource Sharing) has articles 1 to 26, not 27"),
            new RuleFileError(new RuleSource(FileName, 7, 13), "'Allow' is not a valid effect; expected one of: Permit, Override, Forbid, Require."),
            new RuleFileError(
                new RuleSource(FileName, 14, 5),
                "unknown field 'whn' in a rule; expected one of: id, articles, when, effect, outcome, reason, obligations."),
            new RuleFileError(new RuleSource(FileName, 13, 15), "articles must cite at least one article."),
            new RuleFileError(new RuleSource(FileName, 12, 5), "a rule has no 'when' field."),
            new RuleFileError(new RuleSource(FileName, 16, 14), "a forbid rule always gives Denied; remove 'outcome'."),
            new RuleFileError(new RuleSource(FileName, 17, 13), "reason must be a mapping of zh-Hans, en."));
    }

    // An obligation's errors are only looked for once every other field of its rule is valid.
    [Fact]
    public void An_obligation_error_is_reported_with_the_other_errors_of_its_rule()
    {
        var yaml = Valid.Replace("outcome: Granted", "outcome: Approved").Replace("kind: TakeFromPlatform", "kind: Notify");

        LoadFails(yaml).Errors.Select(error => (error.Where.Line, error.Where.Column)).Should().Equal((7, 14), (12, 15));
    }

    [Fact]
    public void Errors_of_every_file_are_reported()
    {
        var first = Valid.Replace("effect: Permit", "effect: Allow");
        var second = Valid.Replace("id: test.grant", "id: test.other").Replace("outcome: Granted", "outcome: Approved");

        var errors = LoadFails(new RuleFile("rules/a.yaml", first), new RuleFile("rules/b.yaml", second)).Errors;

        errors.Select(error => error.Where).Should().Equal(new RuleSource("rules/a.yaml", 6, 13), new RuleSource("rules/b.yaml", 7, 14));
    }

    [Fact]
    public void A_rule_id_used_in_two_files_is_reported_at_the_second_naming_the_first()
    {
        var second = "# the same rule again\n" + Valid;

        LoadFails(new RuleFile("rules/a.yaml", Valid), new RuleFile("rules/b.yaml", second)).Errors.Should().Equal(
            new RuleFileError(new RuleSource("rules/b.yaml", 4, 5), "rule id 'test.grant' is already used at rules/a.yaml:3:5."));
    }

    [Fact]
    public void A_rule_id_used_twice_in_one_file_is_reported()
    {
        var yaml = Valid + "\n" + Valid[Valid.IndexOf("  - id:", StringComparison.Ordinal)..];

        LoadFails(yaml).Errors.Should().Equal(
            new RuleFileError(new RuleSource(FileName, 16, 5), "rule id 'test.grant' is already used at rules/x.yaml:3:5."));
    }

    [Fact]
    public void The_load_exception_lists_every_error_as_file_line_column()
    {
        var yaml = Valid.Replace("articles: [\"9\", \"12¶1\"]", "articles: [\"9\", \"12¶4\", \"27\"]");

        var exception = LoadFails(yaml);

        exception.Errors[0].ToString().Should().Be("rules/x.yaml:4:21: '12¶4': article 12 of M2016 has paragraphs 1 to 3, not 4");
        exception.Message.Should().Be(
            "The rule library did not load (2 errors):" + Environment.NewLine
            + "rules/x.yaml:4:21: '12¶4': article 12 of M2016 has paragraphs 1 to 3, not 4" + Environment.NewLine
            + "rules/x.yaml:4:29: '27': M2016 (Interim Measures for the Management of Government Information Resource Sharing) has articles 1 to 26, not 27");
    }

    [Fact]
    public void The_load_exception_needs_an_error()
    {
        var act = () => new RuleSetLoadException([]);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("errors");
    }

    [Fact]
    public void Load_needs_at_least_one_file_and_no_null_file()
    {
        var none = () => RuleSetLoader.Load([]);
        var withNull = () => RuleSetLoader.Load([new RuleFile(FileName, Valid), null!]);

        none.Should().Throw<ArgumentException>().WithMessage("A rule library needs at least one rule file.*");
        withNull.Should().Throw<ArgumentException>().WithMessage("Rule file at index 1 is null.*");
    }

    [Fact]
    public async Task LoadDirectoryAsync_of_a_missing_directory_throws_naming_it()
    {
        var act = () => RuleSetLoader.LoadDirectoryAsync(_directory);

        (await act.Should().ThrowAsync<DirectoryNotFoundException>()).Which.Message.Should().Contain(_directory);
    }

    [Fact]
    public async Task LoadDirectoryAsync_of_an_empty_directory_throws_FileNotFoundException()
    {
        Directory.CreateDirectory(_directory);

        var act = () => RuleSetLoader.LoadDirectoryAsync(_directory);

        var exception = (await act.Should().ThrowAsync<FileNotFoundException>()).Which;
        exception.Message.Should().Contain(_directory);
        exception.FileName.Should().Be(_directory);
    }

    [Fact]
    public async Task LoadDirectoryAsync_ignores_files_that_are_not_yaml()
    {
        Directory.CreateDirectory(_directory);
        await File.WriteAllTextAsync(Path.Combine(_directory, "notes.txt"), Valid);

        var act = () => RuleSetLoader.LoadDirectoryAsync(_directory);

        await act.Should().ThrowAsync<FileNotFoundException>();
    }

    [Fact]
    public async Task LoadDirectoryAsync_loads_the_yaml_files_of_the_directory_in_name_order()
    {
        Directory.CreateDirectory(Path.Combine(_directory, ".hidden"));
        await File.WriteAllTextAsync(Path.Combine(_directory, "b.yml"), Valid);
        await File.WriteAllTextAsync(Path.Combine(_directory, "a.yaml"), Valid.Replace("id: test.grant", "id: test.first"));
        await File.WriteAllTextAsync(Path.Combine(_directory, ".hidden", "c.yaml"), "not: a rule file");

        var rules = await RuleSetLoader.LoadDirectoryAsync(_directory);

        rules.Rules.Select(rule => rule.Id).Should().Equal("test.first", "test.grant");
        rules.Rules[0].Source.Should().Be(new RuleSource(Path.Combine(_directory, "a.yaml"), 3, 5));
        rules.Rules[1].Source.Should().Be(new RuleSource(Path.Combine(_directory, "b.yml"), 3, 5));
    }

    [Fact]
    public async Task LoadDirectoryAsync_reads_the_rule_sets_of_its_subdirectories()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "cn", "national", "test"));
        await File.WriteAllTextAsync(Path.Combine(_directory, "cn", "national", "test", "rules.yaml"), "not: a rule file");

        var act = () => RuleSetLoader.LoadDirectoryAsync(_directory);

        (await act.Should().ThrowAsync<RuleSetLoadException>()).Which.Errors.Select(error => error.Where.File)
            .Should().AllBe(Path.Combine(_directory, "cn", "national", "test", "rules.yaml"));
    }

    [Fact]
    public async Task LoadDirectoryAsync_reports_errors_under_the_file_path()
    {
        Directory.CreateDirectory(_directory);
        var path = Path.Combine(_directory, "bad.yaml");
        await File.WriteAllTextAsync(path, Valid.Replace("effect: Permit", "effect: Allow"));

        var act = () => RuleSetLoader.LoadDirectoryAsync(_directory);

        (await act.Should().ThrowAsync<RuleSetLoadException>()).Which.Errors.Select(error => error.Where)
            .Should().Equal(new RuleSource(path, 6, 13));
    }

    [Fact]
    public void LoadDefault_returns_the_same_rule_set_every_time()
    {
        RuleSetLoader.LoadDefault().Should().BeSameAs(RuleSetLoader.LoadDefault());
    }

    [Fact]
    public void LoadDefault_has_the_rule_ids_written_in_the_files_under_rules_in_file_order()
    {
        // Every national rule set (the Measures', then the Regulations'), then the layer of carry-overs on the
        // Regulations (an overlay, after the national sets), each file in name order.
        var national = Path.Combine(RepositoryRules(), "cn", "national");
        var written = Directory.GetFiles(national, "*.yaml", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(national, path).Replace('\\', '/'))
            .OrderBy(path => path.StartsWith("regulations-2025-carry-overs/", StringComparison.Ordinal) ? 1 : 0)
            .ThenBy(path => path, StringComparer.Ordinal)
            .SelectMany(path => File.ReadLines(Path.Combine(national, path))
                .Select((line, index) => (File: "rules/cn/national/" + path, Line: index + 1, Match: IdLine().Match(line)))
                .Where(line => line.Match.Success)
                .Select(line => (Id: line.Match.Groups[1].Value, Source: new RuleSource(line.File, line.Line, 5))))
            .ToArray();

        var rules = RuleSetLoader.LoadDefault().Rules;

        written.Select(rule => rule.Id).Should().Contain(AccessRuleIds);
        rules.Select(rule => rule.Id).Should().Equal(written.Select(rule => rule.Id));
        rules.Select(rule => rule.Source).Should().Equal(written.Select(rule => rule.Source));
    }

    [Fact]
    public void A_file_nested_thousands_deep_is_reported_not_a_stack_overflow()
    {
        var yaml = "question: access\nrules: " + new string('[', 20_000) + new string(']', 20_000) + "\n";

        var error = LoadFails(yaml).Errors.Should().ContainSingle().Subject;

        error.Where.Should().Be(new RuleSource(FileName, 2, 71));
        error.Message.Should().Be("the file is nested more than 64 deep; a rule file needs a few levels.");
    }

    [Fact]
    public async Task LoadDefault_matches_the_files_under_rules()
    {
        var fromDirectory = await RuleSetLoader.LoadDirectoryAsync(RepositoryRules());

        var embedded = RuleSetLoader.LoadDefault().Rules;

        embedded.Select(rule => rule.Id).Should().Equal(fromDirectory.Rules.Select(rule => rule.Id));
        embedded.Select(rule => rule.Condition).Should().Equal(fromDirectory.Rules.Select(rule => rule.Condition));
        embedded.Select(rule => (rule.Source.Line, rule.Source.Column))
            .Should().Equal(fromDirectory.Rules.Select(rule => (rule.Source.Line, rule.Source.Column)));
    }

    [Fact]
    public void ReadDefaultFiles_gives_the_files_under_rules_as_written_in_name_order()
    {
        // Every rule set under rules/, by its path there; the instruments are built in on their own.
        var written = Directory.GetFiles(RepositoryRules(), "*.yaml", SearchOption.AllDirectories)
            .Select(path => "rules/" + Path.GetRelativePath(RepositoryRules(), path).Replace('\\', '/'))
            .Where(path => !path.StartsWith("rules/cn/instruments/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => new RuleFile(path, File.ReadAllText(Path.Combine(RepositoryRules(), path["rules/".Length..]))));

        RuleSetLoader.ReadDefaultFiles().Should().Equal(written);
    }

    private static RuleSetLoadException LoadFails(string yaml) => LoadFails(new RuleFile(FileName, yaml));

    private static RuleSetLoadException LoadFails(params RuleFile[] files)
    {
        var act = () => RuleSetLoader.Load(files);
        return act.Should().Throw<RuleSetLoadException>().Which;
    }

    [GeneratedRegex(@"^  - id: (\S+)$")]
    private static partial Regex IdLine();

    private static string RepositoryRules()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SharePolicy.sln")))
            {
                return Path.Combine(directory.FullName, "rules");
            }
        }

        throw new DirectoryNotFoundException($"No SharePolicy.sln above {AppContext.BaseDirectory}.");
    }
}
