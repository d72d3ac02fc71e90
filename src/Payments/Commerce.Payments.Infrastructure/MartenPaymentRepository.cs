using Commerce.BuildingBlocks.Infrastructure.Persistence;
using Commerce.Payments.Application.Ports;
using Commerce.Payments.Domain.Payments;
using Marten;

namespace Commerce.Payments.Infrastructure;

internal sealed class MartenPaymentRepository(IDocumentSession session) : IPaymentRepository
{
    public async Task<Payment?> LockAsync(Guid orderId, CancellationToken cancellationToken)
    {
        // Advisory, on the order's id: it holds before the payment's row exists, so the order's first request and its
        // cancellation cannot both see "no payment yet".
        await session.HoldUntilCommitAsync($"payment:{orderId}", cancellationToken);
        return await session.LoadAsync<Payment>(orderId, cancellationToken);
    }

    public Task<Payment?> FindAsync(Guid orderId, CancellationToken cancellationToken) =>
        session.LoadAsync<Payment>(orderId, cancellationToken);

    public async Task<Guid?> FindOrderIdAsync(string providerReference, CancellationToken cancellationToken)
    {
        var ids = await session.Query<Payment>().Where(p => p.ProviderReference == providerReference).Select(p => p.Id).Take(1).ToListAsync(cancellationToken);
        return ids.Count == 0 ? null : ids[0];
    }

    // Insert: a second payment for one order fails on the primary key instead of authorizing twice.
    public void Add(Payment payment) => session.Insert(payment);

    public void Update(Payment payment) => session.Update(payment);

    public async Task<bool> TryRecordProviderEventAsync(string eventId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await session.LoadAsync<HandledProviderEvent>(eventId, cancellationToken) is not null)
        {
            return false;
        }

        session.Insert(new HandledProviderEvent { Id = eventId, HandledAt = now });
        return true;
    }
}

/// <summary>A provider event already applied: the same event sent again is recognised by its id.</summary>
internal sealed class HandledProviderEvent
{
    public string Id { get; set; } = string.Empty;

    public DateTimeOffset HandledAt { get; set; }
}
