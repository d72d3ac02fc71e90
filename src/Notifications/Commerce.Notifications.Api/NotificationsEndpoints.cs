using Commerce.BuildingBlocks.Api.Security;
using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Notifications.Application.ListNotifications;

using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Commerce.Notifications.Api;

public static class NotificationsEndpoints
{
    public static IEndpointRouteBuilder MapNotificationsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/notifications", ListNotifications).WithTags("Notifications").WithName(nameof(ListNotifications))
            .WithSummary("Emails sent, newest first: filter by recipient and/or orderId.")
            .ProducesProblem(StatusCodes.Status400BadRequest).RequireAuthorization(Roles.Admin);
        return app;
    }

    private static async Task<Ok<PagedResult<NotificationDto>>> ListNotifications(
        IMediator mediator, CancellationToken cancellationToken, string? recipient = null, Guid? orderId = null, int page = 1, int pageSize = PageRequest.DefaultPageSize)
    {
        return TypedResults.Ok(await mediator.Send(new ListNotifications(recipient, orderId, page, pageSize), cancellationToken));
    }
}
