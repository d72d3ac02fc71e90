namespace Commerce.Ordering.Domain.Orders;

/// <param name="Color">The colour the shopper chose, when the product comes in several.</param>
public sealed record OrderLine(Guid ProductId, string ProductName, decimal UnitPrice, int Quantity, string? Color = null)
{
    public decimal LineTotal => UnitPrice * Quantity;
}
