using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Inventory.Application.Ports;
using Commerce.Inventory.Application.Stock;
using Commerce.Inventory.Contracts;
using Commerce.Inventory.Domain.Stock;
using MediatR;

namespace Commerce.Inventory.Application.ReserveStock;

internal sealed class ReserveStockHandler(IStockRepository stock, IIntegrationEvents events, StockLevelEvents levels, TimeProvider clock) : IRequestHandler<ReserveStock, Unit>
{
    public async Task<Unit> Handle(ReserveStock request, CancellationToken cancellationToken)
    {
        if (await stock.FindReservationAsync(request.OrderId, cancellationToken) is not null)
        {
            return Unit.Value; // answered already, or cancelled before it came: never reserve twice, nor after a release
        }

        var now = clock.GetUtcNow();
        var items = await stock.LockManyAsync([.. request.Lines.Select(l => l.ProductId).Distinct()], cancellationToken);
        var before = items.Values.ToDictionary(i => i.Id, i => i.Level);
        var (reservation, shortLines) = Reservation.Reserve(request.OrderId, request.Lines, items, now);
        stock.Add(reservation);
        if (!reservation.HoldsStock)
        {
            var reason = "Not enough stock: " + string.Join(", ", shortLines.Select(s => $"{s.ProductName} (ordered {s.Requested}, available {s.Available})"));
            await events.PublishAsync(new StockReservationFailed(request.OrderId,
                [.. shortLines.Select(s => new ShortProduct(s.ProductId, s.ProductName, s.Requested, s.Available))], reason, now), cancellationToken);
            return Unit.Value;
        }

        foreach (var line in reservation.Lines)
        {
            var item = items[line.ProductId];
            stock.Save(item);
            await levels.PublishAsync(item, before[item.Id], line.ProductName, now, cancellationToken);
        }

        await events.PublishAsync(new StockReserved(request.OrderId, [.. reservation.Lines.Select(l => new ReservedProduct(l.ProductId, l.Quantity))], now), cancellationToken);
        return Unit.Value;
    }
}
