using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Application.PaymentGrace;
using Commerce.Ordering.Domain.Orders;
using MediatR;

namespace Commerce.Ordering.Application.RecordPayment;

internal sealed class RecordPaymentHandler(OrderLifecycle lifecycle, IScheduledMessages scheduled, OrderingOptions options, TimeProvider clock)
    : IRequestHandler<RecordPayment, OrderChanged>
{
    public async Task<OrderChanged> Handle(RecordPayment request, CancellationToken cancellationToken)
    {
        IReadOnlyList<object> decided = [];
        var changed = await lifecycle.ChangeAsync(request.Fact.OrderId, owner: null, expectedVersion: null,
            order => decided = order.RecordPayment(request.Fact, options.ExpiredPaymentGrace, clock.GetUtcNow()), cancellationToken);
        if (decided.OfType<OrderPaymentLapsed>().SingleOrDefault() is { } lapsed)
        {
            await scheduled.ScheduleAsync(new PaymentGraceEnded(lapsed.OrderId), lapsed.CancelAt, cancellationToken);
        }

        return changed;
    }
}
