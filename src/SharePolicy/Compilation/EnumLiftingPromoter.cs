using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.Parser;
using System.Linq.Expressions;

namespace SharePolicy.Compilation;

/// <summary>
/// System.Linq.Dynamic.Core's promoter, with a short way for an enum member compared with a nullable of its own enum
/// (<c>Timeliness == DeadlineStatus.Late</c>): the member is lifted to the nullable type, as the default promoter
/// ends up doing, but without first trying to read the member's name as a number. That attempt throws and catches a
/// FormatException for each such condition, which costs a cold start tens of milliseconds.
/// </summary>
internal sealed class EnumLiftingPromoter(ParsingConfig config) : ExpressionPromoter(config)
{
    public override Expression? Promote(Expression expr, Type type, bool exact, bool convertExpr)
    {
        if (expr is ConstantExpression { Type.IsEnum: true } && Nullable.GetUnderlyingType(type) == expr.Type)
        {
            return Expression.Convert(expr, type);
        }

        return base.Promote(expr, type, exact, convertExpr);
    }
}
