namespace Commerce.Ordering.Domain.Orders;

/// <summary>What the order costs. No shipping or tax is charged yet, so the total is the subtotal.</summary>
public sealed record OrderTotals(int ItemCount, decimal Subtotal, decimal Total, string Currency)
{
    public static OrderTotals Of(IReadOnlyCollection<OrderLine> lines, string currency)
    {
        var subtotal = lines.Sum(l => l.LineTotal);
        return new OrderTotals(lines.Sum(l => l.Quantity), subtotal, subtotal, currency);
    }
}
