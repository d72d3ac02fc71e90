using Commerce.BuildingBlocks.Application.Paging;
using FluentValidation;

namespace Commerce.Notifications.Application.ListNotifications;

internal sealed class ListNotificationsValidator : AbstractValidator<ListNotifications>
{
    public ListNotificationsValidator()
    {
        Include(new PageValidator<ListNotifications>());
        RuleFor(x => x.Recipient).MaximumLength(254);
    }
}
