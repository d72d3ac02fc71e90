using System.Security.Claims;
using Commerce.BuildingBlocks.Api.Errors;
using Commerce.BuildingBlocks.Api.Http;
using Commerce.BuildingBlocks.Api.RateLimiting;
using Commerce.BuildingBlocks.Api.Security;
using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Ordering.Application.CancelOrder;
using Commerce.Ordering.Application.ConfirmOrder;
using Commerce.Ordering.Application.DeliverOrder;
using Commerce.Ordering.Application.GetOrder;
using Commerce.Ordering.Application.GetOrderHistory;
using Commerce.Ordering.Application.ListOrders;
using Commerce.Ordering.Application.ListOrdersByCursor;
using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Application.PlaceOrder;
using Commerce.Ordering.Application.ShipOrder;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Commerce.Ordering.Api;

public static class OrderingEndpoints
{
    public const string OrdersRoute = "/api/v1/orders";

    public static IEndpointRouteBuilder MapOrderingEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/baskets/{userName}/checkout", Checkout).WithTags("Ordering").WithName(nameof(Checkout))
            .WithSummary("Check out the basket: places an order (202 + Location). Send an Idempotency-Key to retry safely.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireOwnerOrAdmin().RequireRateLimiting(RatePolicies.Checkout).MapsErrors(OrderingErrorFields.Checkout);

        app.MapGet("/api/v1/users/{userName}/orders", ListUserOrders).WithTags("Ordering").WithName(nameof(ListUserOrders))
            .WithSummary("A user's orders, newest first (the old shop's route): the user themselves or staff; status, placedFrom and placedTo filter as on /orders, and it pages by number or by cursor alike.")
            .Produces<PagedResult<OrderDto>>().AlsoAnswers<CursorPage<OrderDto>>().MapsErrors(OrderingErrorFields.Lists)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .RequireOwnerOrAdmin();

        // Customers see their own orders only: another user's order is "not found" to them.
        var orders = app.MapGroup(OrdersRoute).WithTags("Ordering").ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization(Roles.Customer);
        orders.MapGet("/", ListOrders).WithName(nameof(ListOrders))
            .WithSummary("List orders, newest first: filter by userName, status, placedFrom and placedTo (ISO 8601); page by number (page, pageSize) or by cursor (limit, then cursor = the last page's nextCursor). A customer lists only their own.")
            .Produces<PagedResult<OrderDto>>().AlsoAnswers<CursorPage<OrderDto>>().MapsErrors(OrderingErrorFields.Lists)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        orders.MapGet("/{orderId:guid}", GetOrder).WithName(nameof(GetOrder))
            .WithSummary("Get an order; its ETag is its version.").ProducesProblem(StatusCodes.Status404NotFound);
        orders.MapGet("/{orderId:guid}/history", GetOrderHistory).WithName(nameof(GetOrderHistory))
            .WithSummary("Every event of the order, in order: the audit trail.").ProducesProblem(StatusCodes.Status404NotFound);

        MapTransition(orders, "confirm", nameof(ConfirmOrder), "Admin: confirm a pending order.", ConfirmOrder).RequireAuthorization(Roles.Admin);
        MapTransition(orders, "ship", nameof(ShipOrder), "Admin: ship a confirmed order with its tracking number.", ShipOrder).RequireAuthorization(Roles.Admin);
        MapTransition(orders, "deliver", nameof(DeliverOrder), "Admin: mark a shipped order delivered.", DeliverOrder).RequireAuthorization(Roles.Admin);
        MapTransition(orders, "cancel", nameof(CancelOrder), "Cancel a pending or confirmed order, with a reason.", CancelOrder);
        return app;
    }

    private static RouteHandlerBuilder MapTransition(RouteGroupBuilder orders, string action, string name, string summary, Delegate handler) =>
        orders.MapPost($"/{{orderId:guid}}/{action}", handler).WithName(name)
            .WithSummary(summary + " Send If-Match with the ETag you read to act only on that version.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .MapsErrors(OrderingErrorFields.Transitions);

    private static async Task<Accepted<OrderAccepted>> Checkout(
        string userName,
        CheckoutRequest body,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        ClaimsPrincipal user,
        IMediator mediator,
        CancellationToken cancellationToken)
    {
        // Staff checking out for someone else state no email of theirs; a user's own token does.
        var tokenEmail = user.Identity?.Name == userName ? user.FindFirst("email")?.Value : null;
        var accepted = await mediator.Send(
            new PlaceOrder(userName, body.Buyer, body.ShippingAddress, body.Payment, idempotencyKey, body.ShippingAddressId, tokenEmail, user.IsAdmin()), cancellationToken);
        return TypedResults.Accepted($"{OrdersRoute}/{accepted.OrderId}", accepted);
    }

    private static async Task<IResult> ListOrders(
        ClaimsPrincipal user,
        IMediator mediator,
        CancellationToken cancellationToken,
        string? userName = null,
        string? status = null,
        DateTimeOffset? placedFrom = null,
        DateTimeOffset? placedTo = null,
        int page = 1,
        int pageSize = PageRequest.DefaultPageSize,
        int? limit = null,
        string? cursor = null)
    {
        var owner = user.LimitedTo();
        if (owner is not null && userName is not null && userName != owner)
        {
            return AccessDenied.Problem($"This token may not list the orders of user '{userName}'.");
        }

        return await OrdersPageAsync(mediator, owner ?? userName, status, placedFrom, placedTo, page, pageSize, limit, cursor, cancellationToken);
    }

    /// <summary>By page number unless a limit or cursor is given.</summary>
    private static async Task<IResult> OrdersPageAsync(
        IMediator mediator, string? userName, string? status, DateTimeOffset? placedFrom, DateTimeOffset? placedTo,
        int page, int pageSize, int? limit, string? cursor, CancellationToken cancellationToken) =>
        limit is null && cursor is null
            ? TypedResults.Ok(await mediator.Send(new ListOrders(userName, status, placedFrom, placedTo, page, pageSize), cancellationToken))
            : TypedResults.Ok(await mediator.Send(
                new ListOrdersByCursor(userName, status, placedFrom, placedTo, limit ?? PageRequest.DefaultPageSize, cursor), cancellationToken));

    private static Task<IResult> ListUserOrders(
        string userName,
        IMediator mediator,
        CancellationToken cancellationToken,
        string? status = null,
        DateTimeOffset? placedFrom = null,
        DateTimeOffset? placedTo = null,
        int page = 1,
        int pageSize = PageRequest.DefaultPageSize,
        int? limit = null,
        string? cursor = null) =>
        OrdersPageAsync(mediator, userName, status, placedFrom, placedTo, page, pageSize, limit, cursor, cancellationToken);

    private static async Task<Ok<OrderDto>> GetOrder(Guid orderId, ClaimsPrincipal user, HttpResponse response, IMediator mediator, CancellationToken cancellationToken)
    {
        var order = await mediator.Send(new GetOrder(orderId, user.LimitedTo()), cancellationToken);
        return VersionETag.Ok(response, order, order.Version);
    }

    private static async Task<Ok<IReadOnlyList<OrderHistoryEntry>>> GetOrderHistory(Guid orderId, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetOrderHistory(orderId, user.LimitedTo()), cancellationToken));

    private static Task<Ok<OrderChanged>> ConfirmOrder(Guid orderId, IfMatch ifMatch, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
        Transition(response, mediator.Send(new ConfirmOrder(orderId, ifMatch.Version), cancellationToken));

    private static Task<Ok<OrderChanged>> ShipOrder(Guid orderId, ShipOrderRequest body, IfMatch ifMatch, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
        Transition(response, mediator.Send(new ShipOrder(orderId, body.TrackingNumber, ifMatch.Version), cancellationToken));

    private static Task<Ok<OrderChanged>> DeliverOrder(Guid orderId, IfMatch ifMatch, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
        Transition(response, mediator.Send(new DeliverOrder(orderId, ifMatch.Version), cancellationToken));

    private static Task<Ok<OrderChanged>> CancelOrder(
        Guid orderId, CancelOrderRequest body, IfMatch ifMatch, ClaimsPrincipal user, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
        Transition(response, mediator.Send(new CancelOrder(orderId, body.Reason, ifMatch.Version, user.LimitedTo()), cancellationToken));

    private static async Task<Ok<OrderChanged>> Transition(HttpResponse response, Task<OrderChanged> send)
    {
        var changed = await send;
        return VersionETag.Ok(response, changed, changed.Version);
    }
}

/// <param name="Buyer">Needed only for a user with no account of this shop; an account checks out as itself.</param>
/// <param name="ShippingAddressId">One of the account's saved addresses; without it and without
/// <paramref name="ShippingAddress"/>, the account's default one.</param>
public sealed record CheckoutRequest(BuyerInput? Buyer, AddressInput? ShippingAddress, PaymentInput? Payment, Guid? ShippingAddressId = null);

public sealed record ShipOrderRequest(string? TrackingNumber);

public sealed record CancelOrderRequest(string? Reason);
