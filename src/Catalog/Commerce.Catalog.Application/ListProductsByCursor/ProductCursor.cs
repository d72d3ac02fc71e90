using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;
using Commerce.BuildingBlocks.Domain;
using Commerce.Catalog.Application.Ports;
using Commerce.Catalog.Domain.Products;

namespace Commerce.Catalog.Application.ListProductsByCursor;

/// <summary>
/// Where a page of products ended: the sort it was taken in, the last product's sort key and its id (which breaks
/// ties). Opaque to clients (base64url JSON); one taken in another sort, or tampered with, is refused.
/// </summary>
public sealed record ProductCursor(ProductSort Sort, string Key, Guid Id)
{
    public const string InvalidCode = "invalid_cursor";

    public static ProductCursor After(Product last, ProductSort sort)
    {
        ArgumentNullException.ThrowIfNull(last);
        var key = sort switch
        {
            ProductSort.PriceAscending or ProductSort.PriceDescending => last.Price.Amount.ToString(CultureInfo.InvariantCulture),
            ProductSort.Name => last.Name,
            // To the microsecond, as PostgreSQL keeps the column the list is ordered by.
            _ => new DateTime((last.CreatedAt.UtcTicks + 5) / 10 * 10, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture),
        };
        return new ProductCursor(sort, key, last.Id);
    }

    public decimal Price => decimal.Parse(Key, NumberStyles.Number, CultureInfo.InvariantCulture);

    public DateTimeOffset CreatedAt => DateTimeOffset.Parse(Key, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new Wire((int)Sort, Key, Id)));

    /// <summary>The cursor, if it is one this API issued for <paramref name="sort"/>.</summary>
    public static ProductCursor Decode(string text, ProductSort sort)
    {
        try
        {
            var wire = JsonSerializer.Deserialize<Wire>(Base64Url.DecodeFromChars(text));
            var cursor = wire is null ? null : new ProductCursor((ProductSort)wire.S, wire.K ?? string.Empty, wire.I);
            if (cursor is not null && cursor.Sort == sort && cursor.Id != Guid.Empty && cursor.KeyIsValid())
            {
                return cursor;
            }
        }
        catch (Exception exception) when (exception is FormatException or JsonException or OverflowException)
        {
            // Falls through to the refusal below.
        }

        throw new InvalidValueException(InvalidCode, "The cursor is not one this list gave out for this sort; start again without it.");
    }

    private bool KeyIsValid() => Sort switch
    {
        ProductSort.PriceAscending or ProductSort.PriceDescending => decimal.TryParse(Key, NumberStyles.Number, CultureInfo.InvariantCulture, out _),
        ProductSort.Name => Key.Length is > 0 and <= ProductDetails.MaxNameLength,
        ProductSort.Newest => DateTimeOffset.TryParse(Key, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _),
        _ => false,
    };

    private sealed record Wire(int S, string? K, Guid I);
}
