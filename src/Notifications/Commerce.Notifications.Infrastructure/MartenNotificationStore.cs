using Commerce.BuildingBlocks.Application.Paging;
using Commerce.BuildingBlocks.Infrastructure.Persistence;
using Commerce.Notifications.Application.Ports;
using Commerce.Notifications.Domain.Notifications;
using Marten;

namespace Commerce.Notifications.Infrastructure;

internal sealed class MartenNotificationStore(IDocumentSession session, IDocumentStore store) : INotificationStore
{
    public Task<Notification?> FindAsync(Guid id, CancellationToken cancellationToken) => session.LoadAsync<Notification>(id, cancellationToken);

    public void Save(Notification notification) => session.Store(notification);

    public async Task SaveNowAsync(Notification notification, CancellationToken cancellationToken)
    {
        await using var own = store.LightweightSession();
        own.Store(notification);
        await own.SaveChangesAsync(cancellationToken);
    }

    public async Task<PagedResult<Notification>> ListAsync(string? recipient, Guid? orderId, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = session.Query<Notification>().AsQueryable();
        if (!string.IsNullOrWhiteSpace(recipient))
        {
            query = query.Where(n => n.Recipient == recipient);
        }

        if (orderId is { } order)
        {
            query = query.Where(n => n.OrderId == order);
        }

        return await query.ToPagedResultAsync(q => q.OrderByDescending(n => n.UpdatedAt).ThenBy(n => n.Id), page, pageSize, cancellationToken);
    }
}
