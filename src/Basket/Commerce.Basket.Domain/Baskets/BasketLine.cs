namespace Commerce.Basket.Domain.Baskets;

/// <summary>
/// A product in a basket, with the name and unit price the catalog gave when it was last added, and the colour the
/// shopper chose, if any.
/// </summary>
public sealed record BasketLine(Guid ProductId, string ProductName, decimal UnitPrice, int Quantity, string? Color = null)
{
    public decimal LineTotal => UnitPrice * Quantity;
}
