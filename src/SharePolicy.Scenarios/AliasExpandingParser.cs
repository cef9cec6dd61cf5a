using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SharePolicy.Scenarios;

/// <summary>
/// Replaces every alias (<c>*name</c>) by a copy of the node its anchor marks, so that one definition can be
/// used as several types (YamlDotNet would otherwise hand back the object it first built for the anchor).
/// Anchors are stripped from the copies; expansion is capped so that an alias bomb cannot exhaust memory.
/// </summary>
internal sealed class AliasExpandingParser : IParser
{
    public const int MaxEvents = 1_000_000;

    private readonly List<ParsingEvent> _events;
    private int _position = -1;

    public AliasExpandingParser(IParser inner)
    {
        _events = Expand(inner);
    }

    public ParsingEvent? Current => _position >= 0 && _position < _events.Count ? _events[_position] : null;

    public bool MoveNext() => ++_position < _events.Count;

    private static List<ParsingEvent> Expand(IParser inner)
    {
        var output = new List<ParsingEvent>();
        var anchors = new Dictionary<AnchorName, ParsingEvent[]>();
        var open = new Stack<(AnchorName Name, int Start, int Depth)>();
        var depth = 0;
        while (inner.MoveNext())
        {
            var current = inner.Current!;
            switch (current)
            {
                case AnchorAlias alias:
                    output.AddRange(anchors.TryGetValue(alias.Value, out var span)
                        ? span
                        : throw new YamlException(alias.Start, alias.End, $"alias *{alias.Value} names no anchor defined before it"));
                    break;
                case Scalar scalar:
                    var plain = new Scalar(AnchorName.Empty, scalar.Tag, scalar.Value, scalar.Style,
                        scalar.IsPlainImplicit, scalar.IsQuotedImplicit, scalar.Start, scalar.End, scalar.IsKey);
                    output.Add(plain);
                    if (!scalar.Anchor.IsEmpty)
                    {
                        anchors[scalar.Anchor] = [plain];
                    }

                    break;
                case MappingStart mapping:
                    Open(mapping.Anchor, new MappingStart(AnchorName.Empty, mapping.Tag, mapping.IsImplicit, mapping.Style, mapping.Start, mapping.End));
                    break;
                case SequenceStart sequence:
                    Open(sequence.Anchor, new SequenceStart(AnchorName.Empty, sequence.Tag, sequence.IsImplicit, sequence.Style, sequence.Start, sequence.End));
                    break;
                case MappingEnd or SequenceEnd:
                    output.Add(current);
                    if (open.Count > 0 && open.Peek().Depth == depth)
                    {
                        var (name, start, _) = open.Pop();
                        anchors[name] = output.GetRange(start, output.Count - start).ToArray();
                    }

                    depth--;
                    break;
                default:
                    output.Add(current);
                    break;
            }

            if (output.Count > MaxEvents)
            {
                throw new YamlException(current.Start, current.End, $"the document expands to more than {MaxEvents} YAML events; aliases are nested too deep");
            }
        }

        return output;

        void Open(AnchorName anchor, ParsingEvent start)
        {
            depth++;
            if (!anchor.IsEmpty)
            {
                open.Push((anchor, output.Count, depth));
            }

            output.Add(start);
        }
    }
}
