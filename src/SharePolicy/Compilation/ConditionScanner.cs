namespace SharePolicy.Compilation;

/// <summary>
/// Checks a condition's text before it is parsed, where positions are still known: brackets nest at most
/// <see cref="ConditionCompiler.MaxNesting"/> deep, list methods (<c>Any</c>, <c>All</c>, <c>Count</c>, …) nest at most
/// <see cref="ConditionCompiler.MaxListNesting"/> deep, and none of the parser's words for the outer facts
/// (<c>it</c>, <c>root</c>, <c>parent</c>, <c>$</c>, <c>^</c>) is used. <see cref="ConditionGuard"/> checks the parsed tree
/// for the same things, whatever spelling reached it; this scan only finds where to point.
/// </summary>
internal static class ConditionScanner
{
    // Methods whose argument System.Linq.Dynamic.Core reads as a lambda over the list's elements.
    private static readonly HashSet<string> ListMethods =
    [
        "Any", "All", "Count", "Where", "Select", "SelectMany", "First", "FirstOrDefault", "Last", "LastOrDefault", "Single",
        "SingleOrDefault", "Sum", "Min", "Max", "Average", "OrderBy", "OrderByDescending", "GroupBy", "TakeWhile", "SkipWhile",
    ];

    private static readonly HashSet<string> OuterWords = ["it", "root", "parent"];

    /// <exception cref="ConditionException">The text nests too deep or names an outer fact; the position is where.</exception>
    public static void Check(string text)
    {
        // One entry per open bracket: true when it is the argument list of a list method with an argument.
        var open = new Stack<bool>();
        var listDepth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '"' or '\'')
            {
                i = EndOfLiteral(text, i);
                continue;
            }

            if (c is '$' or '^')
            {
                throw new ConditionException($"'{c}' is not part of the rule language: a condition names its facts' properties, and inside a list method only the element", i);
            }

            if (char.IsAsciiLetter(c) || c == '_')
            {
                var start = i;
                while (i + 1 < text.Length && (char.IsAsciiLetterOrDigit(text[i + 1]) || text[i + 1] == '_'))
                {
                    i++;
                }

                var word = text[start..(i + 1)];
                var member = start > 0 && text[start - 1] == '.';
                if (!member && OuterWords.Contains(word))
                {
                    throw new ConditionException($"'{word}' is not part of the rule language: a condition names its facts' properties, and inside a list method only the element", start);
                }

                if (ListMethods.Contains(word) && OpensArguments(text, i + 1, out var bracket))
                {
                    listDepth++;
                    if (listDepth > ConditionCompiler.MaxListNesting)
                    {
                        throw new ConditionException(
                            $"list methods are nested more than {ConditionCompiler.MaxListNesting} deep; each level multiplies the work by the size of a list", start);
                    }

                    Push(open, true, bracket);
                    i = bracket;
                }

                continue;
            }

            if (c is '(' or '[')
            {
                Push(open, false, i);
            }
            else if (c is ')' or ']' && open.Count > 0 && open.Pop())
            {
                listDepth--;
            }
        }
    }

    private static void Push(Stack<bool> open, bool listMethod, int position)
    {
        open.Push(listMethod);
        if (open.Count > ConditionCompiler.MaxNesting)
        {
            throw new ConditionException($"brackets are nested more than {ConditionCompiler.MaxNesting} deep", position);
        }
    }

    // True when an opening bracket follows (after spaces) and something other than its closing bracket follows it.
    private static bool OpensArguments(string text, int from, out int bracket)
    {
        bracket = from;
        while (bracket < text.Length && char.IsWhiteSpace(text[bracket]))
        {
            bracket++;
        }

        if (bracket >= text.Length || text[bracket] != '(')
        {
            return false;
        }

        var next = bracket + 1;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        return next < text.Length && text[next] != ')';
    }

    // The index of the quote that closes the literal opened at start (or the end of the text); backslashes escape.
    private static int EndOfLiteral(string text, int start)
    {
        var quote = text[start];
        for (var i = start + 1; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == quote)
            {
                return i;
            }
        }

        return text.Length;
    }
}
