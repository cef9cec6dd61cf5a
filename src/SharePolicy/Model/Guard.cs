using System.Runtime.CompilerServices;

namespace SharePolicy.Model;

/// <summary>Argument checks shared by the model's constructors; each names the offending value.</summary>
internal static class Guard
{
    public static string NotBlank(string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        return string.IsNullOrWhiteSpace(value)
            ? throw new ArgumentException($"{name} must not be empty or white space (was '{value}').", name)
            : value;
    }

    public static T Defined<T>(T value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : struct, Enum =>
        Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"{name} must be one of {string.Join(", ", Enum.GetNames<T>())}.");

    public static IReadOnlyList<T> AllDefined<T>(IReadOnlyList<T> values, string name)
        where T : struct, Enum
    {
        foreach (var value in values)
        {
            Defined(value, name);
        }

        return values;
    }

    /// <summary>Copies a caller's sequence so that later changes to it cannot reach the model.</summary>
    public static IReadOnlyList<T> Copy<T>(IEnumerable<T>? values, [CallerArgumentExpression(nameof(values))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(values, name);
        var copy = values.ToArray();
        return Array.IndexOf(copy, default) is var index and >= 0 && default(T) is null
            ? throw new ArgumentException($"{name} must not contain null (at index {index}).", name)
            : Array.AsReadOnly(copy);
    }
}
