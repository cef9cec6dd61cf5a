using SharePolicy.Compilation;

namespace SharePolicy.Tests.Compilation;

/// <summary>A valid rule file that the reader's tests break one field at a time, and the load that must then fail.</summary>
internal static class RuleFileSamples
{
    public const string FileName = "rules/x.yaml";

    // Line 3 starts the rule (its mapping at column 5), 4 its articles, 5 its condition, 6 its effect, 7 its outcome,
    // 8-10 its reason, 11 its obligations, 12 the obligation (its mapping at column 9), 13-14 its texts, 15 its deadline.
    public static string Valid => """
        question: access
        rules:
          - id: test.grant
            articles: ["9", "12¶1"]
            when: StatedShareType == ShareType.Unconditional
            effect: Permit
            outcome: Granted
            reason:
              zh-Hans: 测试原因
              en: test reason
            obligations:
              - kind: TakeFromPlatform
                zh-Hans: 直接获取
                en: take it
                deadline: { workingDays: 10 }
        """;

    /// <summary>The text with one part replaced; fails the test when the part is not there, so no test passes vacuously.</summary>
    public static string Replace(string yaml, string old, string replacement)
    {
        yaml.Should().Contain(old);
        return yaml.Replace(old, replacement, StringComparison.Ordinal);
    }

    /// <summary>The errors of a rule file that must not load.</summary>
    public static IReadOnlyList<RuleFileError> LoadErrors(string yaml)
    {
        var act = () => RuleSetLoader.Load([new RuleFile(FileName, yaml)]);
        return act.Should().Throw<RuleSetLoadException>().Which.Errors;
    }
}
