using System.Text.Json;
using System.Text.Json.Serialization;

namespace SharePolicy.Samples.WebApi;

/// <summary>
/// Enums by exact name only. <see cref="JsonStringEnumConverter"/> would also take a number (<c>9</c>), a name in any
/// case, or flag syntax (<c>"Granted, Denied"</c>), each of which can turn into a value the model never defined.
/// </summary>
internal sealed class StrictEnumConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    private sealed class Converter<T> : JsonConverter<T>
        where T : struct, Enum
    {
        private static readonly Dictionary<string, T> ByName = Enum.GetValues<T>().ToDictionary(value => value.ToString(), StringComparer.Ordinal);

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            return text is not null && ByName.TryGetValue(text, out var value)
                ? value
                : throw new JsonException($"expected one of {string.Join(", ", ByName.Keys)}, by name");
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }
}
