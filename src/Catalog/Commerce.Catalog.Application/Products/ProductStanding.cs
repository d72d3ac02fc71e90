using Commerce.Catalog.Domain.Availability;
using Commerce.Catalog.Domain.Reviews;

namespace Commerce.Catalog.Application.Products;

/// <summary>What others say of a product beside its own fields: its customers' stars and Inventory's stock.</summary>
public sealed record ProductStanding(ProductRating? Rating, ProductAvailability? Availability)
{
    public static readonly ProductStanding None = new(null, null);
}
