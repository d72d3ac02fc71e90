using System.Reflection;
using System.Text.Json.Serialization.Metadata;

namespace Commerce.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Lets System.Text.Json restore aggregates whose state has private setters and whose only parameterless
/// constructor is private, so the domain keeps its invariants without serializer attributes.
/// </summary>
internal static class PrivateStateJson
{
    public static void Include(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object || typeInfo.Type.IsAbstract)
        {
            return;
        }

        if (typeInfo.Type.GetConstructors().Length == 0)
        {
            var constructor = typeInfo.Type.GetConstructor(BindingFlags.Instance | BindingFlags.NonPublic, Type.EmptyTypes);
            if (constructor is not null)
            {
                typeInfo.CreateObject = () => constructor.Invoke(null);
            }
        }

        foreach (var property in typeInfo.Properties)
        {
            if (property.Set is null && property.AttributeProvider is PropertyInfo info
                && info.GetSetMethod(nonPublic: true) is { } setter)
            {
                property.Set = (target, value) => setter.Invoke(target, [value]);
            }
        }
    }
}
