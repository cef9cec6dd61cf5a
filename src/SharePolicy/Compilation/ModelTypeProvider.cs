using System.Linq.Dynamic.Core.CustomTypeProviders;
using System.Reflection;
using SharePolicy.Model;
using SharePolicy.Questions;
using SharePolicy.Rules;

namespace SharePolicy.Compilation;

/// <summary>
/// The only types a rule condition may name: the public types of the model, the rule model and the questions (their
/// facts, inputs and outcomes), so that <c>ShareType.Conditional</c> resolves. Nothing is found by scanning assemblies.
/// </summary>
internal sealed class ModelTypeProvider : IDynamicLinqCustomTypeProvider
{
    public static ModelTypeProvider Instance { get; } = new();

    private readonly HashSet<Type> _types;
    private readonly Dictionary<string, Type> _byName;

    private ModelTypeProvider()
    {
        _types = typeof(ModelTypeProvider).Assembly.GetExportedTypes()
            .Where(type => type.Namespace == typeof(CatalogEntry).Namespace || type.Namespace == typeof(RuleFacts).Namespace
                || type.Namespace == typeof(AccessFacts).Namespace)
            .Where(type => !type.IsGenericTypeDefinition)
            .ToHashSet();
        _byName = _types.ToDictionary(type => type.Name, StringComparer.Ordinal);
    }

    public static bool IsModelType(Type type) => Instance._types.Contains(type);

    public HashSet<Type> GetCustomTypes() => _types;

    public Dictionary<Type, List<MethodInfo>> GetExtensionMethods() => [];

    public Type? ResolveType(string typeName) =>
        _types.FirstOrDefault(type => string.Equals(type.FullName, typeName, StringComparison.Ordinal));

    public Type? ResolveTypeBySimpleName(string simpleTypeName) => _byName.GetValueOrDefault(simpleTypeName);
}
