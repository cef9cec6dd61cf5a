namespace SharePolicy.Cli.Tests;

/// <summary>Small rule, scenario and request files whose every word the tests know.</summary>
internal static class CliFixtures
{
    /// <summary>One access rule: Conditional data is applied for, and the provider replies within 10 working days.</summary>
    public const string ApplyRule = """
        question: access
        rules:
          - id: demo.apply
            articles: ["12¶1"]
            when: StatedShareType == ShareType.Conditional
            effect: Permit
            outcome: ApplicationRequired
            reason: { zh-Hans: 有条件共享，须申请。, en: Conditional data is applied for. }
            obligations:
              - kind: ProviderReply
                zh-Hans: 十个工作日内答复。
                en: The provider replies within 10 working days.
                deadline: { workingDays: 10 }
        """;

    /// <summary>One access rule: Unconditional data is granted.</summary>
    public const string GrantRule = """
        question: access
        rules:
          - id: demo.grant
            articles: ["9"]
            when: StatedShareType == ShareType.Unconditional
            effect: Permit
            outcome: Granted
            reason: { zh-Hans: 无条件共享。, en: Unconditional data is granted. }
        """;

    /// <summary>The access question about a Conditional entry and a request for it, received on Sunday 28 September 2025 (a make-up working day).</summary>
    public const string ConditionalRequest = """
        question: access
        given:
          entry:
            code: R-1
            name: 示例资源
            provider: { code: P-1, name: 提供部门, level: Municipal, region: "330100" }
            category: Departmental
            shareType: Conditional
            items: [{ code: a, name: 甲, kind: BusinessItem }]
          request:
            requester: { code: Q-1, name: 使用部门, level: Municipal, region: "330100" }
            code: R-1
            purpose: { use: DataVerification, duty: 核查 }
            method: OnlineQuery
            submittedAt: 2025-09-28T10:00:00+08:00
        """;
}
