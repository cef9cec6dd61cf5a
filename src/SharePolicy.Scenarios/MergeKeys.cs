using YamlDotNet.RepresentationModel;

namespace SharePolicy.Scenarios;

/// <summary>
/// Applies YAML merge keys (<c>&lt;&lt;: *base</c>, or <c>&lt;&lt;: [*a, *b]</c>) to a loaded document: the merged mappings'
/// keys join the mapping unless it states them itself, the earlier merged mapping first, as the YAML merge key type says.
/// Aliases are already copies (<see cref="AliasExpandingParser"/>), so a merge never changes another mapping.
/// </summary>
internal static class MergeKeys
{
    private static readonly YamlScalarNode Merge = new("<<");

    public static void Apply(YamlNode node)
    {
        switch (node)
        {
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    Apply(item);
                }

                break;
            case YamlMappingNode mapping:
                foreach (var value in mapping.Children.Values)
                {
                    Apply(value);
                }

                if (mapping.Children.TryGetValue(Merge, out var merged) && merged is YamlMappingNode or YamlSequenceNode)
                {
                    mapping.Children.Remove(Merge);
                    var sources = merged is YamlSequenceNode list ? list.Children : [merged];
                    foreach (var source in sources.OfType<YamlMappingNode>())
                    {
                        foreach (var (key, value) in source.Children)
                        {
                            if (!mapping.Children.ContainsKey(key))
                            {
                                mapping.Children.Add(key, value);
                            }
                        }
                    }
                }

                break;
        }
    }
}
