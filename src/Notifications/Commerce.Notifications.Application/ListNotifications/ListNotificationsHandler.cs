using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Notifications.Application.Ports;
using MediatR;

namespace Commerce.Notifications.Application.ListNotifications;

internal sealed class ListNotificationsHandler(INotificationStore notifications) : IRequestHandler<ListNotifications, PagedResult<NotificationDto>>
{
    public async Task<PagedResult<NotificationDto>> Handle(ListNotifications request, CancellationToken cancellationToken) =>
        (await notifications.ListAsync(request.Recipient, request.OrderId, request.Page, request.PageSize, cancellationToken)).Select(NotificationDto.From);
}
