using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Expressions;
using SharePolicy.Rules;

namespace SharePolicy.Compilation;

/// <summary>
/// Turns a condition's text into a lambda over its question's facts, with System.Linq.Dynamic.Core
/// restricted to the model's types, then checked node by node by <see cref="ConditionGuard"/>.
/// </summary>
internal static class ConditionCompiler
{
    public const int MaxLength = 2000;
    public const int MaxNesting = 32;

    /// <summary>How deep list methods (<c>Entry.Items.Any(i =&gt; …)</c>) may nest: 2.</summary>
    public const int MaxListNesting = 2;

    private static readonly ParsingConfig Config = new()
    {
        CustomTypeProvider = ModelTypeProvider.Instance,
        AllowNewToEvaluateAnyType = false,
        DisallowNewKeyword = true,
        AllowEqualsAndToStringMethodsOnObject = false,
        LoadAdditionalAssembliesFromCurrentDomainBaseDirectory = false,
        SupportEnumerationsFromSystemNamespace = false,
        ResolveTypesBySimpleName = true,

        // Inside a lambda over items, ShareType.Conditional must name the enum, not the item's ShareType property.
        PrioritizePropertyOrFieldOverTheType = false,
        IsCaseSensitive = true,
    };

    static ConditionCompiler() => Config.ExpressionPromoter = new EnumLiftingPromoter(Config);

    /// <summary>Compiles a condition into <c>fact =&gt; bool</c> whose parameter is named <paramref name="parameterName"/>.</summary>
    /// <param name="question">The question, which fixes the facts the condition sees.</param>
    /// <param name="text">The condition.</param>
    /// <param name="parameterName">The name the NRules pattern declares for the fact.</param>
    /// <param name="lists">The rule set's named lists (text arrays), usable in the condition by name.</param>
    /// <exception cref="ConditionException">The text does not parse, is not a yes/no test, or uses something not allowed.</exception>
    public static LambdaExpression Compile(PolicyQuestion question, string text, string parameterName, IDictionary<string, object>? lists = null)
    {
        CheckSize(text);
        ConditionScanner.Check(text);
        LambdaExpression parsed;
        try
        {
            // A dictionary passed as the last value is System.Linq.Dynamic.Core's way to name externals.
            object[] values = lists is { Count: > 0 } ? [lists] : [];
            parsed = DynamicExpressionParser.ParseLambda(Config, question.FactType, typeof(bool), text, values);
        }
        catch (ParseException exception)
        {
            throw new ConditionException(exception.Message, exception.Position);
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or NotSupportedException or InvalidCastException)
        {
            // The parser raises these for some type errors it detects late, e.g. an operator on mismatched types
            // or an instance member named through its type.
            throw new ConditionException(exception.Message, 0);
        }

        ConditionGuard.Check(parsed);
        var named = Expression.Parameter(question.FactType, parameterName);
        var body = new ParameterSwap(parsed.Parameters[0], named).Visit(parsed.Body);
        return Expression.Lambda(body, named);
    }

    // Bounded before parsing: the parser recurses once per bracket, and a hostile file must not exhaust the stack
    // (ConditionScanner counts the brackets).
    private static void CheckSize(string text)
    {
        if (text.Length > MaxLength)
        {
            throw new ConditionException($"the condition is {text.Length} characters long; at most {MaxLength} are allowed", MaxLength);
        }
    }

    private sealed class ParameterSwap(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
