using SharePolicy.Compilation;

namespace SharePolicy.Tests.Compilation;

/// <summary>The edges of what <c>ConditionGuard</c> admits in a condition: size, node kinds, members, methods, conversions.</summary>
public class ConditionGuardTests
{
    [Fact]
    public void A_condition_of_exactly_500_parts_is_allowed_and_one_more_is_not()
    {
        var sum = "Item.Code.Length" + string.Concat(Enumerable.Repeat(" + 1", 247)) + " > 0"; // 500 parts

        RuleSetLoader.Load([File(sum)]).Rules.Should().ContainSingle();
        Rejection("-" + sum).Should().EndWith("the condition is too large (more than 500 parts); split it into several rules.");
    }

    [Theory]
    [InlineData("(Item.Code.Length & 1) == 1", "'And' expressions are not allowed in a rule condition.")]
    [InlineData("Item.Code.ToUpper() == \"X\"", "calling 'String.ToUpper' is not allowed in a rule condition.")]
    [InlineData("Item.Code.EndsWith(\"a\", true, null)", "calling 'String.EndsWith' is not allowed in a rule condition.")]
    [InlineData("Item.Code.Length * 1.5m > 2", "converting to Decimal is not allowed in a rule condition.")]
    [InlineData("PolicyQuestions.Access.FactType.Name == \"x\"", "'MemberInfo.Name' is not allowed in a rule condition.")]
    [InlineData("Item.Kind == ShareType.Conditional", "ShareType is compared with ItemKind; compare ItemKind values with ItemKind members, by name.")]
    [InlineData("Item.ShareType != ItemKind.BaseItem", "ItemKind is compared with ShareType; compare ShareType values with ShareType members, by name.")]
    [InlineData("StatedShareType == 1", "Int32 is compared with ShareType; compare ShareType values with ShareType members, by name.")]
    public void A_node_method_member_or_conversion_off_the_allow_list_is_rejected_naming_it(string condition, string reason)
    {
        Rejection(condition).Should().Be($"rule 'guard.rule': condition '{condition}' is not valid: {reason}");
    }

    [Fact]
    public void An_items_own_nullable_share_type_may_be_compared()
    {
        var rules = RuleSetLoader.Load([File("Item.ShareType == ShareType.Conditional")]);

        rules.Rules.Should().ContainSingle().Which.Condition.Should().Be("Item.ShareType == ShareType.Conditional");
    }

    private static string Rejection(string condition)
    {
        var act = () => RuleSetLoader.Load([File(condition)]);
        return act.Should().Throw<RuleSetLoadException>().Which.Errors.Should().ContainSingle().Subject.Message;
    }

    private static RuleFile File(string condition) => new("rules/guard.yaml", $$"""
        question: access
        rules:
          - id: guard.rule
            articles: ["9"]
            when: '{{condition}}'
            effect: Permit
            outcome: Granted
            reason: { zh-Hans: 测试, en: test }
        """);
}
