using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SharePolicy.Files;

/// <summary>
/// The YAML event parser, stopped at a depth of nesting. YamlStream.Load recurses once per level, so a hostile file
/// nested thousands deep would overflow the stack and end the process; this parser throws before the load goes deeper.
/// </summary>
internal sealed class DepthLimitedParser(IParser parser, int maxDepth) : IParser
{
    private readonly IParser _parser = parser;
    private int _depth;

    /// <summary>Parses <paramref name="content"/>, stopping at <paramref name="maxDepth"/> levels of nesting.</summary>
    public DepthLimitedParser(string content, int maxDepth)
        : this(new Parser(new StringReader(content)), maxDepth)
    {
    }

    public ParsingEvent? Current => _parser.Current;

    public bool MoveNext()
    {
        if (!_parser.MoveNext())
        {
            return false;
        }

        if (Current is MappingStart or SequenceStart && ++_depth > maxDepth)
        {
            throw new TooDeepException(Current.Start);
        }

        if (Current is MappingEnd or SequenceEnd)
        {
            _depth--;
        }

        return true;
    }

    /// <summary>The file nests deeper than allowed; <see cref="Start"/> is where it first does.</summary>
    internal sealed class TooDeepException(Mark start) : Exception
    {
        public Mark Start { get; } = start;
    }
}
