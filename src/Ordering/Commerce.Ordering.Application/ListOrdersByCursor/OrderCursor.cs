using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Ordering.Application.Orders;

namespace Commerce.Ordering.Application.ListOrdersByCursor;

/// <summary>Where a page of orders (newest first) ended: the last order's placing time and its id, which breaks ties.</summary>
public sealed record OrderCursor(DateTimeOffset PlacedAt, Guid Id)
{
    public static OrderCursor After(OrderView last)
    {
        ArgumentNullException.ThrowIfNull(last);
        return new OrderCursor(CursorText.ToMicroseconds(last.PlacedAt), last.Id);
    }

    public string Encode() => CursorText.Encode(this);

    public static OrderCursor Decode(string text) => CursorText.Decode<OrderCursor>(text, cursor => cursor.Id != Guid.Empty);
}
