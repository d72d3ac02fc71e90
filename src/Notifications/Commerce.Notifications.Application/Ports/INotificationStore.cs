using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Notifications.Domain.Notifications;

namespace Commerce.Notifications.Application.Ports;

public interface INotificationStore
{
    Task<Notification?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Saves with the unit of work (inserts or updates).</summary>
    void Save(Notification notification);

    /// <summary>
    /// Saves at once, outside the unit of work: a failed attempt must stay visible although the work that tried it
    /// rolls back (and SQS retries it).
    /// </summary>
    Task SaveNowAsync(Notification notification, CancellationToken cancellationToken);

    Task<PagedResult<Notification>> ListAsync(string? recipient, Guid? orderId, int page, int pageSize, CancellationToken cancellationToken);
}
