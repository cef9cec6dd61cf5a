using SharePolicy.Instruments;

namespace SharePolicy.Compilation;

/// <summary>What a rule file's citations are read against: the rule set's instrument (cited by a bare <c>12¶1</c>) and every instrument a prefix may name.</summary>
internal sealed record CitationScope(Instrument Instrument, IReadOnlyList<Instrument> Known);
