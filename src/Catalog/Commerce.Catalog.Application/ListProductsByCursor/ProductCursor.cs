using System.Globalization;
using System.Text.Json.Serialization;
using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Catalog.Application.Ports;
using Commerce.Catalog.Domain.Products;

namespace Commerce.Catalog.Application.ListProductsByCursor;

/// <summary>
/// Where a page of products ended: the sort it was taken in, the last product's sort key and its id (which breaks
/// ties). Opaque to clients; one taken in another sort, or tampered with, is refused.
/// </summary>
public sealed record ProductCursor(ProductSort Sort, string Key, Guid Id)
{
    public static ProductCursor After(Product last, ProductSort sort)
    {
        ArgumentNullException.ThrowIfNull(last);
        var key = sort switch
        {
            ProductSort.PriceAscending or ProductSort.PriceDescending => last.Price.Amount.ToString(CultureInfo.InvariantCulture),
            ProductSort.Name => last.Name,
            _ => CursorText.ToMicroseconds(last.CreatedAt).ToString("O", CultureInfo.InvariantCulture),
        };
        return new ProductCursor(sort, key, last.Id);
    }

    [JsonIgnore]
    public decimal Price => decimal.Parse(Key, NumberStyles.Number, CultureInfo.InvariantCulture);

    [JsonIgnore]
    public DateTimeOffset CreatedAt => DateTimeOffset.Parse(Key, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public string Encode() => CursorText.Encode(this);

    /// <summary>The cursor, if it is one this API issued for <paramref name="sort"/>.</summary>
    public static ProductCursor Decode(string text, ProductSort sort) =>
        CursorText.Decode<ProductCursor>(text, cursor => cursor.Sort == sort && cursor.Id != Guid.Empty && cursor.KeyIsValid());

    private bool KeyIsValid() => Key is not null && Sort switch
    {
        ProductSort.PriceAscending or ProductSort.PriceDescending => decimal.TryParse(Key, NumberStyles.Number, CultureInfo.InvariantCulture, out _),
        ProductSort.Name => Key.Length is > 0 and <= ProductDetails.MaxNameLength,
        ProductSort.Newest => DateTimeOffset.TryParse(Key, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _),
        _ => false,
    };
}
