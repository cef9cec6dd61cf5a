using System.Globalization;

namespace SharePolicy.Tests.Hosting;

/// <summary>Rule and calendar files for the hosting tests.</summary>
internal static class HostingFixtures
{
    /// <summary>
    /// A rule file holding one rule, <c>set-{version}.{name}</c>, that grants Unconditional data. Two such files
    /// of one version make a set whose every decision fires both rules, so a decision shows which set it came from.
    /// </summary>
    public static string RuleFile(int version, string name) => string.Create(CultureInfo.InvariantCulture, $$"""
        question: access
        rules:
          - id: set-{{version}}.{{name}}
            articles: ["9"]
            when: StatedShareType == ShareType.Unconditional
            effect: Permit
            outcome: Granted
            reason: { zh-Hans: 第{{version}}版规则。, en: Rule of version {{version}}. }
        """);

    /// <summary>A regional holiday: Monday 31 March and Tuesday 1 April 2025 off.</summary>
    public const string RegionalHoliday = """
        year: 2025
        source: { zh-Hans: 示例地方节假日安排, en: Example of a regional holiday arrangement }
        holidays:
          - { zh-Hans: 地方民族节日, en: Regional festival, off: { from: 2025-03-31, to: 2025-04-01 }, workdays: [] }
        """;

    /// <summary>Writes rule files <c>a.yaml</c> and <c>b.yaml</c> of one version into a directory.</summary>
    public static void WriteRuleSet(string directory, int version)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "a.yaml"), RuleFile(version, "a"));
        File.WriteAllText(Path.Combine(directory, "b.yaml"), RuleFile(version, "b"));
    }
}
