using System.Collections.ObjectModel;
using System.Linq.Expressions;
using System.Reflection;

namespace SharePolicy.Compilation;

/// <summary>
/// Admits a parsed condition only if every node is on an allow-list: comparisons and logic over the model's
/// properties, constants of simple types, and a few pure methods (Any, All, Count, Contains, string tests).
/// No other method, no constructor, no reflection, no I/O can run from a rule file. Inside a list method's lambda only
/// that lambda's element may be used, and lambdas nest at most <see cref="ConditionCompiler.MaxListNesting"/> deep, so a
/// condition's work grows with the size of its facts, never with a power of it.
/// </summary>
internal sealed class ConditionGuard : ExpressionVisitor
{
    public const int MaxNodes = 500;

    private static readonly HashSet<string> EnumerableMethods = ["Any", "All", "Count", "Contains"];
    private static readonly HashSet<string> StringMethods = ["Contains", "StartsWith", "EndsWith", "IsNullOrEmpty", "IsNullOrWhiteSpace"];

    private static readonly HashSet<ExpressionType> AllowedNodes =
    [
        ExpressionType.AndAlso, ExpressionType.OrElse, ExpressionType.Not,
        ExpressionType.Equal, ExpressionType.NotEqual,
        ExpressionType.LessThan, ExpressionType.LessThanOrEqual, ExpressionType.GreaterThan, ExpressionType.GreaterThanOrEqual,
        ExpressionType.Add, ExpressionType.Subtract, ExpressionType.Multiply, ExpressionType.Divide, ExpressionType.Modulo,
        ExpressionType.Negate, ExpressionType.Conditional, ExpressionType.Coalesce,
        ExpressionType.Constant, ExpressionType.Parameter, ExpressionType.MemberAccess,
        ExpressionType.Convert, ExpressionType.Call, ExpressionType.Lambda, ExpressionType.Quote,
    ];

    // The parameters of the lambdas being visited, innermost last; the first is the condition's own fact.
    private readonly List<ReadOnlyCollection<ParameterExpression>> _scopes = [];
    private int _nodes;

    private ConditionGuard()
    {
    }

    /// <summary>Throws <see cref="ConditionException"/> naming the first thing not allowed.</summary>
    /// <param name="condition">The parsed condition, a lambda over its question's facts.</param>
    public static void Check(LambdaExpression condition)
    {
        var guard = new ConditionGuard();
        guard._scopes.Add(condition.Parameters);
        guard.Visit(condition.Body);
    }

    protected override Expression VisitLambda<T>(Expression<T> node)
    {
        if (_scopes.Count > ConditionCompiler.MaxListNesting)
        {
            throw Reject($"list methods are nested more than {ConditionCompiler.MaxListNesting} deep; each level multiplies the work by the size of a list");
        }

        _scopes.Add(node.Parameters);
        Visit(node.Body);
        _scopes.RemoveAt(_scopes.Count - 1);
        return node;
    }

    // Inside a lambda only its element is in scope: reaching the outer facts (root., parent., an outer lambda's
    // element) would multiply the work by the size of another list the request controls.
    protected override Expression VisitParameter(ParameterExpression node) =>
        _scopes[^1].Contains(node)
            ? node
            : throw Reject("inside a list method only its element may be used; the condition reaches the facts outside it");

    public override Expression? Visit(Expression? node)
    {
        if (node is null)
        {
            return null;
        }

        if (++_nodes > MaxNodes)
        {
            throw Reject($"the condition is too large (more than {MaxNodes} parts); split it into several rules");
        }

        return AllowedNodes.Contains(node.NodeType)
            ? base.Visit(node)
            : throw Reject($"'{node.NodeType}' expressions are not allowed in a rule condition");
    }

    protected override Expression VisitConstant(ConstantExpression node) =>
        node.Value is null || IsSimple(node.Type) || node.Type == typeof(string[])
            ? node
            : throw Reject($"a constant of type {node.Type.Name} is not allowed in a rule condition");

    protected override Expression VisitMember(MemberExpression node)
    {
        var owner = node.Member.DeclaringType!;
        var allowed = node.Member is PropertyInfo && (ModelTypeProvider.IsModelType(owner)
            || owner == typeof(string)
            || (owner.IsGenericType && owner.GetGenericTypeDefinition() == typeof(Nullable<>))
            || IsCollection(owner));
        return allowed ? base.VisitMember(node) : throw Reject($"'{owner.Name}.{node.Member.Name}' is not allowed in a rule condition");
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        var method = node.Method;
        var allowed = (method.DeclaringType == typeof(Enumerable) && EnumerableMethods.Contains(method.Name))
            || (method.DeclaringType == typeof(string) && StringMethods.Contains(method.Name)
                && method.GetParameters().All(parameter => parameter.ParameterType == typeof(string)));
        return allowed ? base.VisitMethodCall(node) : throw Reject($"calling '{method.DeclaringType?.Name}.{method.Name}' is not allowed in a rule condition");
    }

    protected override Expression VisitBinary(BinaryExpression node) =>
        node.Method is null || IsSimple(node.Method.DeclaringType!)
            ? base.VisitBinary(node)
            : throw Reject($"the operator '{node.Method.Name}' of {node.Method.DeclaringType?.Name} is not allowed in a rule condition");

    protected override Expression VisitUnary(UnaryExpression node)
    {
        if (node.Method is not null || (node.NodeType == ExpressionType.Convert && !IsSimple(node.Type) && !ModelTypeProvider.IsModelType(node.Type)))
        {
            throw Reject($"converting to {node.Type.Name} is not allowed in a rule condition");
        }

        // The parser quietly turns a number, or a member of another enum, into the enum it is compared with:
        // Item.Kind == ShareType.Conditional would compare the kind with the ItemKind of the same number.
        var from = Nullable.GetUnderlyingType(node.Operand.Type) ?? node.Operand.Type;
        var to = Nullable.GetUnderlyingType(node.Type) ?? node.Type;
        return node.NodeType != ExpressionType.Convert || !to.IsEnum || from == to
            ? base.VisitUnary(node)
            : throw Reject($"{from.Name} is compared with {to.Name}; compare {to.Name} values with {to.Name} members, by name");
    }

    private static bool IsSimple(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsPrimitive || underlying.IsEnum || underlying == typeof(string) || underlying == typeof(decimal);
    }

    private static bool IsCollection(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(IReadOnlyCollection<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(ReadOnlyCollection<>));

    private static ConditionException Reject(string message) => new(message, 0);
}
