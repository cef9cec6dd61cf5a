using System.Linq.Expressions;
using System.Reflection;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using SharePolicy.Rules;

namespace SharePolicy.Compilation;

/// <summary>
/// Builds the NRules definition of a rule: one pattern over the question's facts with the compiled condition,
/// and an action that records the rule on the matched fact (results are collected there, never queried).
/// </summary>
internal static class RuleDefinitionFactory
{
    public const string FactName = "fact";

    private static readonly MethodInfo RecordFiring =
        typeof(RuleFacts).GetMethod(nameof(RuleFacts.RecordFiring), BindingFlags.Instance | BindingFlags.NonPublic)!;

    public static IRuleDefinition Create(PolicyRule rule, LambdaExpression condition)
    {
        var builder = new RuleBuilder();
        builder.Name(rule.Id);
        builder.Description(rule.Reason.Text.En);

        var pattern = builder.LeftHandSide().Pattern(rule.Question.FactType, FactName);
        pattern.Condition(condition);

        var context = Expression.Parameter(typeof(IContext), "context");
        var fact = Expression.Parameter(rule.Question.FactType, FactName);
        var record = Expression.Call(fact, RecordFiring, Expression.Constant(rule));
        builder.RightHandSide().Action(Expression.Lambda(record, context, fact));
        return builder.Build();
    }
}
