namespace Commerce.Ordering.Domain.Orders;

public sealed record OrderLine(Guid ProductId, string ProductName, decimal UnitPrice, int Quantity)
{
    public decimal LineTotal => UnitPrice * Quantity;
}
