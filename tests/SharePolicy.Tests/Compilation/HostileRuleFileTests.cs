using System.Globalization;
using System.Text.RegularExpressions;
using SharePolicy.Compilation;
using SharePolicy.Rules;

namespace SharePolicy.Tests.Compilation;

/// <summary>
/// Every file of <c>Fixtures/hostile-rules</c> (malformed YAML, unknown fields and names, type errors, conditions that
/// reach for I/O, reflection, the environment or the CPU, huge and deeply nested ones) is rejected when it loads, at the
/// line and column its header names (<c># rejected at: L:C</c>), for the reason it names (<c># because: …</c>), and none
/// of its conditions ever runs.
/// </summary>
public sealed partial class HostileRuleFileTests
{
    // What the fixtures' conditions would leave behind if any of them ran (relative to the current directory).
    private const string MarkerFile = "sharepolicy-hostile-marker.txt";
    private const string MarkerDirectory = "sharepolicy-hostile-marker-dir";
    private const string MarkerVariable = "SHAREPOLICY_HOSTILE_MARKER";

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "hostile-rules");

    public static TheoryData<string> Files => new(Names());

    [Theory]
    [MemberData(nameof(Files))]
    public void A_hostile_rule_file_is_rejected_where_and_why_its_header_says(string name)
    {
        var text = File.ReadAllText(Path.Combine(Folder, name));
        var header = Header().Match(text);
        header.Success.Should().BeTrue("every fixture states where and why it is rejected");
        var path = "hostile-rules/" + name;

        var act = () => RuleSetLoader.Load([new RuleFile(path, text)]);

        var error = act.Should().Throw<RuleSetLoadException>().Which.Errors[0];
        error.Where.Should().Be(new RuleSource(path, Number(header, "line"), Number(header, "column")));
        error.Message.Should().Contain(header.Groups["because"].Value);
    }

    [Fact]
    public void The_corpus_holds_every_kind_of_hostile_file()
    {
        var names = Names();

        names.Should().HaveCount(47);
        names.Should().Contain(["io-write-file.yaml", "environment-set.yaml", "type-gettype.yaml", "reflection-gettype.yaml",
            "huge-condition.yaml", "deep-brackets.yaml", "yaml-deep-nesting.yaml", "unknown-enum-member.yaml", "type-error-comparison.yaml", "type-error-enum-of-another-kind.yaml"]);
    }

    [Fact]
    public async Task Loading_the_whole_corpus_reports_every_file_and_runs_no_condition()
    {
        File.Delete(MarkerFile);
        Environment.SetEnvironmentVariable(MarkerVariable, null);

        var act = () => RuleSetLoader.LoadDirectoryAsync(Folder);

        var errors = (await act.Should().ThrowAsync<RuleSetLoadException>()).Which.Errors;
        errors.Select(error => Path.GetFileName(error.Where.File)).Distinct().Should().HaveCount(Names().Length);
        File.Exists(MarkerFile).Should().BeFalse();
        Directory.Exists(MarkerDirectory).Should().BeFalse();
        Environment.GetEnvironmentVariable(MarkerVariable).Should().BeNull();
    }

    private static string[] Names() =>
        Directory.EnumerateFiles(Folder, "*.yaml").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal).ToArray();

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^# rejected at: (?<line>\d+):(?<column>\d+)\n# because: (?<because>.+)$", RegexOptions.Multiline)]
    private static partial Regex Header();
}
