using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Notifications.Domain.Notifications;

namespace Commerce.Notifications.Application.Ports;

public interface INotificationStore
{
    void Add(Notification notification);

    Task<PagedResult<Notification>> ListAsync(string? recipient, Guid? orderId, int page, int pageSize, CancellationToken cancellationToken);
}
