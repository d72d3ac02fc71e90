using Commerce.Payments.Domain.Payments;

namespace Commerce.Payments.Application.Ports;

/// <summary>
/// Payments, one per order. A use case that changes one holds it from <see cref="LockAsync"/> to its commit, the
/// provider's answer included: the order's placement, cancellation, shipment and the provider's webhooks are then
/// decided one after the other, so a void never misses an authorization that was on its way.
/// </summary>
public interface IPaymentRepository
{
    /// <summary>The order's payment, if any, held until this unit of work ends (also when there is none yet).</summary>
    Task<Payment?> LockAsync(Guid orderId, CancellationToken cancellationToken);

    Task<Payment?> FindAsync(Guid orderId, CancellationToken cancellationToken);

    /// <summary>The payment the provider knows by <paramref name="providerReference"/>.</summary>
    Task<Guid?> FindOrderIdAsync(string providerReference, CancellationToken cancellationToken);

    void Add(Payment payment);

    void Update(Payment payment);

    /// <summary>Records a provider event as handled; false when it was handled already.</summary>
    Task<bool> TryRecordProviderEventAsync(string eventId, DateTimeOffset now, CancellationToken cancellationToken);
}
