using Commerce.BuildingBlocks.Api.Security;
using System.Text.Json;
using Commerce.BuildingBlocks.Api.Compatibility;
using Commerce.BuildingBlocks.Api.Errors;
using Commerce.Ordering.Application.ListLegacyOrders;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using List = Commerce.Ordering.Application.ListLegacyOrders.ListLegacyOrders;
using Place = Commerce.Ordering.Application.PlaceLegacyOrder.PlaceLegacyOrder;

namespace Commerce.Ordering.Api.Compatibility;

/// <summary>
/// The old serverless shop's checkout and <c>/order</c> routes. Checkout is the main API's: the same basket take,
/// Marten stream, outbox and SQS flow; the order is then confirmed or cancelled by Inventory as any other.
/// </summary>
public static class LegacyOrderEndpoints
{
    public static IEndpointRouteBuilder MapLegacyOrderRoutes(this IEndpointRouteBuilder app)
    {
        var options = app.ServiceProvider.GetRequiredService<CompatibilityOptions>();
        app.MapPost("/basket/checkout", CheckoutLegacyBasket).WithTags(Legacy.Tag).WithName(nameof(CheckoutLegacyBasket))
            .ForOwnerOrAdmins(options, (LegacyCheckoutRequest body) => body.UserName)
            .MapsErrors(OrderingErrorFields.LegacyCheckout)
            .WithSummary("Check out a user's basket; the body carries the new order's id (its status follows through the event flow).")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        var orders = app.MapGroup("/order").WithTags(Legacy.Tag).ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        orders.MapGet("/", ListLegacyOrders).WithName(nameof(ListLegacyOrders)).ForAdmins(options)
            .WithSummary("Admin: every order, newest first (at most Compatibility:MaxListedItems).");
        orders.MapGet("/{userName}", ListLegacyOrdersOfUser).WithName(nameof(ListLegacyOrdersOfUser)).ForOwnerOrAdmins(options)
            .WithSummary("A user's orders, newest first; ?orderDate= (ISO 8601) keeps those placed at or after it (at most Compatibility:MaxListedItems).");
        return app;
    }

    private static async Task<Ok<LegacyEnvelope<LegacyCheckoutResult>>> CheckoutLegacyBasket(
        LegacyCheckoutRequest body, HttpContext http, IMediator mediator, CancellationToken cancellationToken)
    {
        var accepted = await mediator.Send(new Place(
            body.UserName ?? string.Empty, body.FirstName, body.LastName, body.Email, body.Address, LegacyCardInfo.Read(body.CardInfo), TextOf(body.PaymentMethod), http.User.IsAdmin()), cancellationToken);
        return Legacy.Ok(http, new LegacyCheckoutResult(accepted.OrderId, body.UserName!, accepted.Status, accepted.PlacedAt));
    }

    private static async Task<Ok<LegacyEnvelope<IReadOnlyList<LegacyOrder>>>> ListLegacyOrders(
        HttpContext http, IMediator mediator, CompatibilityOptions options, CancellationToken cancellationToken) =>
        Legacy.Ok(http, await mediator.Send(new List(options.MaxListedItems), cancellationToken));

    private static async Task<Ok<LegacyEnvelope<IReadOnlyList<LegacyOrder>>>> ListLegacyOrdersOfUser(
        string userName, HttpContext http, IMediator mediator, CompatibilityOptions options, CancellationToken cancellationToken, DateTimeOffset? orderDate = null) =>
        Legacy.Ok(http, await mediator.Send(new List(options.MaxListedItems, userName, orderDate), cancellationToken));

    /// <summary>The old clients send paymentMethod as a number (1) or a string; it is kept as text.</summary>
    private static string? TextOf(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.String } text => text.GetString(),
        { ValueKind: JsonValueKind.Number } number => number.GetRawText(),
        _ => null,
    };
}

public sealed record LegacyCheckoutRequest(
    string? UserName, string? FirstName, string? LastName, string? Email, string? Address, string? CardInfo, JsonElement? PaymentMethod)
{
    public override string ToString() => $"LegacyCheckoutRequest {{ UserName = {UserName} }}";
}

public sealed record LegacyCheckoutResult(Guid OrderId, string UserName, string Status, DateTimeOffset OrderDate);
