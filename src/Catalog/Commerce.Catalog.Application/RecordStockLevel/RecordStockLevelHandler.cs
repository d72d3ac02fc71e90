using Commerce.Catalog.Application.Ports;
using Commerce.Catalog.Domain.Availability;
using MediatR;

namespace Commerce.Catalog.Application.RecordStockLevel;

internal sealed class RecordStockLevelHandler(IAvailabilityRepository availabilities) : IRequestHandler<RecordStockLevel, Unit>
{
    public async Task<Unit> Handle(RecordStockLevel request, CancellationToken cancellationToken)
    {
        var availability = await availabilities.LockAsync(request.ProductId, cancellationToken) ?? ProductAvailability.Unknown(request.ProductId);
        if (availability.Apply(request.Available, request.Revision, request.At))
        {
            availabilities.Save(availability);
        }

        return Unit.Value;
    }
}
