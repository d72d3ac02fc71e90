using System.Globalization;
using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Application.Ports;
using MediatR;

namespace Commerce.Ordering.Application.ListLegacyOrders;

internal sealed class ListLegacyOrdersHandler(IOrderQueries orders) : IRequestHandler<ListLegacyOrders, IReadOnlyList<LegacyOrder>>
{
    public async Task<IReadOnlyList<LegacyOrder>> Handle(ListLegacyOrders request, CancellationToken cancellationToken)
    {
        var all = await AllPages.ReadAsync(request.MaxItems, page => orders.ListAsync(
            new OrderFilter(page, PageRequest.MaxPageSize, request.UserName, null, request.OrderDate, null), cancellationToken));
        return [.. all.Select(ToLegacy)];
    }

    private static LegacyOrder ToLegacy(OrderView order) => new(
        order.Id,
        order.UserName,
        order.PlacedAt,
        order.Totals.Total,
        order.Buyer.FirstName,
        order.Buyer.LastName,
        order.Buyer.Email,
        order.ShippingAddress.OneLine(),
        int.TryParse(order.Payment.Method, NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? code : order.Payment.Method ?? order.Payment.CardBrand,
        "****" + order.Payment.CardLast4,
        [.. order.Lines.Select(l => new LegacyOrderItem(l.ProductId, l.ProductName, l.Quantity, l.Color, l.UnitPrice))],
        order.Status.ToString());
}
