using Commerce.BuildingBlocks.Domain;
using Commerce.BuildingBlocks.Application.Errors;
using Commerce.Catalog.Domain.Products;

namespace Commerce.Catalog.Application.Products;

internal static class ProductFieldsExtensions
{
    /// <summary>Builds checked details from the client's fields; a field left out keeps its value in <paramref name="current"/>.</summary>
    public static ProductDetails ToDetails(this IProductFields fields, ProductDetails? current = null) =>
        ProductDetails.Create(
            fields.Sku ?? current?.Sku,
            fields.Name ?? current?.Name,
            fields.Description ?? current?.Description,
            fields.Category ?? current?.Category,
            new Money(
                fields.Price ?? current?.Price.Amount ?? throw Missing("price"),
                fields.Currency ?? current?.Price.Currency ?? throw Missing("currency")),
            fields.ImageFile ?? current?.ImageFile,
            fields.Tags ?? current?.Tags,
            fields.Specifications?.Select(s => ProductSpecification.Create(s.Name, s.Value)) ?? current?.Specifications);

    public static ConflictException SkuTaken(string sku) =>
        new("sku_taken", $"Another product already has the SKU '{sku}'.", "sku");

    private static InvalidInputException Missing(string field) =>
        new(field, $"{field}_required", $"The {field} is required.");
}
