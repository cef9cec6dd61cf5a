using System.Linq.Expressions;
using System.Reflection;

namespace SharePolicy.Compilation;

/// <summary>
/// Compiles the <see cref="WorkBudget"/> into a guarded condition: the condition, and each lambda of a list method,
/// first charges its own parts; each list a list method walks, and each text a text method reads or searches for, is
/// charged by its size. <c>StartsWith</c> and <c>EndsWith</c> compare ordinally, as <c>==</c> and <c>Contains</c> do: a rule must
/// answer the same on every host, whatever its culture, and at a cost its length predicts. Applied after
/// <see cref="ConditionGuard"/>, which would reject the calls it adds.
/// </summary>
internal sealed class ConditionMeter : ExpressionVisitor
{
    private static readonly MethodInfo Charge = typeof(WorkBudget).GetMethod(nameof(WorkBudget.Charge))!;
    private static readonly MethodInfo MeterText = typeof(WorkBudget).GetMethod(nameof(WorkBudget.Meter), [typeof(string), typeof(string)])!;
    private static readonly MethodInfo MeterList = typeof(WorkBudget).GetMethods()
        .Single(method => method.Name == nameof(WorkBudget.Meter) && method.IsGenericMethodDefinition);

    private readonly ConstantExpression _ruleId;

    private ConditionMeter(string ruleId)
    {
        _ruleId = Expression.Constant(ruleId);
    }

    /// <summary>The condition with its charges; the same parameters, the same result whenever the budget lasts.</summary>
    public static LambdaExpression Apply(LambdaExpression condition, string ruleId)
    {
        var meter = new ConditionMeter(ruleId);
        return Expression.Lambda(meter.Charged(condition.Body), condition.Parameters);
    }

    protected override Expression VisitLambda<T>(Expression<T> node) =>
        node.Update(Charged(node.Body), node.Parameters);

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        var visited = (MethodCallExpression)base.VisitMethodCall(node);
        if (visited.Method.DeclaringType == typeof(Enumerable) && visited.Arguments.Count > 0)
        {
            var source = visited.Arguments[0];
            var element = visited.Method.GetParameters()[0].ParameterType.GetGenericArguments()[0];
            var metered = Expression.Call(MeterList.MakeGenericMethod(element), source, _ruleId);
            return visited.Update(null, [metered, .. visited.Arguments.Skip(1)]);
        }

        if (visited.Method.DeclaringType == typeof(string))
        {
            if (visited.Object is not { } text)
            {
                return visited.Update(null, visited.Arguments.Select(argument => argument.Type == typeof(string) ? Expression.Call(MeterText, argument, _ruleId) : argument));
            }

            // The text read and every text it is searched for (a needle of Contains) are charged by their length.
            var metered = Expression.Call(MeterText, text, _ruleId);
            var arguments = visited.Arguments.Select(argument => argument.Type == typeof(string) ? Expression.Call(MeterText, argument, _ruleId) : argument).ToArray();
            return visited.Method.Name is nameof(string.StartsWith) or nameof(string.EndsWith) && visited.Arguments.Count == 1
                ? Expression.Call(metered, typeof(string).GetMethod(visited.Method.Name, [typeof(string), typeof(StringComparison)])!,
                    arguments[0], Expression.Constant(StringComparison.Ordinal))
                : visited.Update(metered, arguments);
        }

        return visited;
    }

    // Charges the parts of a body (not those of lambdas inside it, which charge their own) before the body runs.
    private Expression Charged(Expression body)
    {
        var cost = PartCounter.Count(body);
        var charged = Visit(body);
        var charge = Expression.Call(Charge, Expression.Constant(cost), _ruleId);
        return body.Type == typeof(bool)
            ? Expression.AndAlso(charge, charged)
            : Expression.Condition(charge, charged, Expression.Default(body.Type));
    }

    private sealed class PartCounter : ExpressionVisitor
    {
        private int _parts;

        public static int Count(Expression body)
        {
            var counter = new PartCounter();
            counter.Visit(body);
            return counter._parts;
        }

        public override Expression? Visit(Expression? node)
        {
            if (node is not null)
            {
                _parts++;
            }

            return base.Visit(node);
        }

        protected override Expression VisitLambda<T>(Expression<T> node) => node;
    }
}
