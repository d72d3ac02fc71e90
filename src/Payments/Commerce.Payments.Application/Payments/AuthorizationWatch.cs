using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Payments.Application.RenewAuthorization;
using Commerce.Payments.Domain.Payments;

namespace Commerce.Payments.Application.Payments;

/// <summary>
/// Every authorization a provider holds is looked at again before it lapses, in the transaction that recorded it:
/// renewed where the provider can, else expired at its time (docs/payments.md).
/// </summary>
internal sealed class AuthorizationWatch(IScheduledMessages scheduled, PaymentsOptions options)
{
    public Task WatchAsync(Payment payment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payment);
        return payment is { Status: PaymentStatus.Authorized, AuthorizationExpiresAt: { } expiresAt }
            ? scheduled.ScheduleAsync(new AuthorizationRenewalDue(payment.Id, expiresAt), expiresAt - options.AuthorizationRenewalLead, cancellationToken)
            : Task.CompletedTask;
    }

    /// <summary>The renewal was refused: the payment is looked at once more when its authorization lapses.</summary>
    public Task WatchExpiryAsync(Payment payment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payment);
        var expiresAt = payment.AuthorizationExpiresAt ?? throw new InvalidOperationException("Only an authorization a provider holds expires.");
        return scheduled.ScheduleAsync(new AuthorizationRenewalDue(payment.Id, expiresAt), expiresAt, cancellationToken);
    }
}
