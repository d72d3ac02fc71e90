using System.Collections.Frozen;
using Commerce.Catalog.Application.Ports;

namespace Commerce.Catalog.Application.ListProducts;

internal static class ProductSorts
{
    private static readonly FrozenDictionary<string, ProductSort> ByName = new Dictionary<string, ProductSort>(StringComparer.OrdinalIgnoreCase)
    {
        ["newest"] = ProductSort.Newest,
        ["price_asc"] = ProductSort.PriceAscending,
        ["price_desc"] = ProductSort.PriceDescending,
        ["name"] = ProductSort.Name,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static string Names => string.Join(", ", ByName.Keys.Order(StringComparer.Ordinal));

    public static bool IsKnown(string? name) => name is null || ByName.ContainsKey(name);

    public static ProductSort Parse(string? name) => name is null ? ProductSort.Newest : ByName[name];
}
