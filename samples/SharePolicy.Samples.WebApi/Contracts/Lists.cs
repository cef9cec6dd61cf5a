namespace SharePolicy.Samples.WebApi.Contracts;

/// <summary>Maps a list of the JSON onto the model, refusing a null element as a bad request that names where it is.</summary>
internal static class Lists
{
    public static IEnumerable<TModel> Map<TBody, TModel>(IReadOnlyList<TBody?>? list, string name, Func<TBody, TModel> map)
        where TBody : class
    {
        if (list is null)
        {
            return [];
        }

        var mapped = new TModel[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            mapped[i] = map(list[i] ?? throw new ArgumentException($"{name}[{i}] is null; a list holds no nulls."));
        }

        return mapped;
    }

    public static IReadOnlyList<T> NoNulls<T>(IReadOnlyList<T?>? list, string name)
        where T : class => [.. Map(list, name, element => element)];

    public static IReadOnlyList<T> Values<T>(IReadOnlyList<T?>? list, string name)
        where T : struct => list is null ? [] : [.. list.Select((element, i) => element ?? throw new ArgumentException($"{name}[{i}] is null; a list holds no nulls."))];
}
