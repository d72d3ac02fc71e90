using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Ordering.Application.Orders;

namespace Commerce.Ordering.Application.RecordStockShortage;

/// <summary>Inventory could not reserve the order's units (its StockReservationFailed event).</summary>
public sealed record RecordStockShortage(Guid OrderId, string Reason) : ICommand<OrderChanged>;
