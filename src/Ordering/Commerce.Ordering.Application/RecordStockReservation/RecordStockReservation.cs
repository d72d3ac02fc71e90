using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Ordering.Application.Orders;

namespace Commerce.Ordering.Application.RecordStockReservation;

/// <summary>Inventory reserved the order's units (its StockReserved event).</summary>
public sealed record RecordStockReservation(Guid OrderId) : ICommand<OrderChanged>;
