using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.BuildingBlocks.Application.Paging;

namespace Commerce.Notifications.Application.ListNotifications;

public sealed record ListNotifications(string? Recipient = null, Guid? OrderId = null, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IQuery<PagedResult<NotificationDto>>, IPagedQuery;
