using Commerce.Catalog.Application.Ports;

namespace Commerce.Catalog.Application.Caching;

/// <summary>
/// The names of the catalog's cached reads. A product's entry goes by its id; every list page carries
/// <see cref="ListsTag"/>, since any change can move a product into, out of or within any page.
/// </summary>
public static class CatalogCache
{
    public const string ListsTag = "catalog:products";

    public static string ProductKey(Guid id) => $"catalog:product:{id:N}";

    /// <summary>Free text is escaped, so no category or search can make its key another filter's.</summary>
    public static string ListKey(ProductFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return $"{ListsTag}:{filter.Page}:{filter.PageSize}:{filter.Sort}:{filter.MinPrice}:{filter.MaxPrice}:" +
               $"{Uri.EscapeDataString(filter.Category ?? string.Empty)}:{Uri.EscapeDataString(filter.Text ?? string.Empty)}:{filter.Tag}";
    }

    /// <summary>A cursor page: the filter's key (its page number unused) and where the page starts.</summary>
    public static string CursorKey(ProductFilter filter, string? cursor) => $"{ListKey(filter)}:after:{cursor}";
}
