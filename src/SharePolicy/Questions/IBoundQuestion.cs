using NodaTime;
using SharePolicy.Questions.Binding;

namespace SharePolicy.Questions;

/// <summary>A question whatever its input and decision: how scenario and request files are read and decided.</summary>
internal interface IBoundQuestion
{
    /// <summary>Decides an input the question's <see cref="Bind"/> read.</summary>
    Decision Decide(IPolicyDecider decider, object input, string? jurisdiction);

    /// <summary>Reads the question's input from a file's <c>given</c>, with the time its facts state; null after an error.</summary>
    (object Input, Instant? Time)? Bind(GivenReader given);
}
