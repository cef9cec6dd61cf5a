namespace SharePolicy.Compilation;

/// <summary>A rule condition that does not compile or is not allowed; <see cref="Position"/> is the 0-based offset in its text.</summary>
internal sealed class ConditionException(string message, int position) : Exception(message)
{
    public int Position { get; } = position;
}
