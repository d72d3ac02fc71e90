using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Inventory.Domain.Stock;
using MediatR;

namespace Commerce.Inventory.Application.ReserveStock;

/// <summary>Reserves every line of an order, or nothing; answers with StockReserved or StockReservationFailed.</summary>
public sealed record ReserveStock(Guid OrderId, IReadOnlyList<ReservationLine> Lines) : ICommand<Unit>;
