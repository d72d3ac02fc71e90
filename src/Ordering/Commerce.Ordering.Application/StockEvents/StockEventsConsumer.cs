using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.BuildingBlocks.Domain;
using Commerce.Inventory.Contracts;
using MediatR;
using RecordStockReservationCommand = Commerce.Ordering.Application.RecordStockReservation.RecordStockReservation;
using RecordStockShortageCommand = Commerce.Ordering.Application.RecordStockShortage.RecordStockShortage;

namespace Commerce.Ordering.Application.StockEvents;

/// <summary>
/// Inventory's answer decides a pending order: reserved → confirmed once its payment is authorized too; not enough
/// stock → cancelled (<c>out_of_stock</c>) with the lines that were short. An order that has moved on already keeps its state: if its owner cancelled it, the cancellation
/// Ordering published makes Inventory give the units back (or, arriving first, keeps them from being reserved).
/// </summary>
public sealed class StockEventsConsumer(IMediator mediator) :
    IIntegrationEventConsumer<StockReserved>,
    IIntegrationEventConsumer<StockReservationFailed>
{
    public Task ConsumeAsync(StockReserved integrationEvent, CancellationToken cancellationToken) =>
        IgnoringSettled(mediator.Send(new RecordStockReservationCommand(integrationEvent.OrderId), cancellationToken));

    public Task ConsumeAsync(StockReservationFailed integrationEvent, CancellationToken cancellationToken) =>
        mediator.Send(new RecordStockShortageCommand(integrationEvent.OrderId, integrationEvent.Reason), cancellationToken);

    private static async Task IgnoringSettled(Task command)
    {
        try
        {
            await command;
        }
        catch (InvalidStateException)
        {
            // the order is no longer pending: the answer came too late to matter
        }
    }
}
