namespace Commerce.Basket.Domain.Baskets;

/// <summary>A product in a basket, with the name and unit price the catalog gave when it was last added.</summary>
public sealed record BasketLine(Guid ProductId, string ProductName, decimal UnitPrice, int Quantity)
{
    public decimal LineTotal => UnitPrice * Quantity;
}
