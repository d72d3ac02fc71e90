using System.Collections.Frozen;

namespace Commerce.BuildingBlocks.Application.Paging;

/// <summary>A list's sorts as clients name them (<c>?sort=price_asc</c>), compared ignoring case; no name means the default.</summary>
public sealed class SortNames<TSort>
    where TSort : struct, Enum
{
    private readonly FrozenDictionary<string, TSort> byName;
    private readonly TSort byDefault;

    public SortNames(TSort byDefault, params (string Name, TSort Sort)[] sorts)
    {
        this.byDefault = byDefault;
        byName = sorts.ToFrozenDictionary(s => s.Name, s => s.Sort, StringComparer.OrdinalIgnoreCase);
        Names = string.Join(", ", byName.Keys.Order(StringComparer.Ordinal));
    }

    /// <summary>For the validators' messages.</summary>
    public string Names { get; }

    public bool IsKnown(string? name) => name is null || byName.ContainsKey(name);

    public TSort Parse(string? name) => name is null ? byDefault : byName[name];
}
