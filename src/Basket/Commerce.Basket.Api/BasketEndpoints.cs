using Commerce.BuildingBlocks.Api.Errors;
using Commerce.Basket.Application.AddBasketItem;
using Commerce.Basket.Application.Baskets;
using Commerce.Basket.Application.ChangeBasketItemQuantity;
using Commerce.Basket.Application.ClearBasket;
using Commerce.Basket.Application.GetBasket;
using Commerce.Basket.Application.ListBaskets;
using Commerce.Basket.Application.ReplaceBasket;
using Commerce.Basket.Application.RemoveBasketItem;
using Commerce.BuildingBlocks.Api.Security;
using Commerce.BuildingBlocks.Application.Paging;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Commerce.Basket.Api;

public static class BasketEndpoints
{
    public const string BasketsRoute = "/api/v1/baskets";

    public static IEndpointRouteBuilder MapBasketEndpoints(this IEndpointRouteBuilder app)
    {
        var baskets = app.MapGroup(BasketsRoute + "/{userName}").WithTags("Basket").RequireOwnerOrAdmin()
            .ProducesProblem(StatusCodes.Status400BadRequest).MapsErrors(BasketErrorFields.Baskets);

        app.MapGet(BasketsRoute, ListBaskets).WithTags("Basket").WithName(nameof(ListBaskets))
            .WithSummary("Admin: baskets that hold something, most recently changed first.")
            .ProducesProblem(StatusCodes.Status400BadRequest).RequireAuthorization(Roles.Admin);
        baskets.MapGet("/", GetBasket).WithName(nameof(GetBasket))
            .WithSummary("Get a user's basket (empty when the user has none).");
        baskets.MapPut("/", ReplaceBasket).WithName(nameof(ReplaceBasket))
            .WithSummary("Set the whole basket: every product once, with its quantity and optional colour.")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        baskets.MapPost("/items", AddBasketItem).WithName(nameof(AddBasketItem))
            .WithSummary("Add a product, or more of it; name and price come from the catalog.")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        baskets.MapPut("/items/{productId:guid}", ChangeBasketItemQuantity).WithName(nameof(ChangeBasketItemQuantity))
            .WithSummary("Set how many of a product the basket holds.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        baskets.MapDelete("/items/{productId:guid}", RemoveBasketItem).WithName(nameof(RemoveBasketItem))
            .WithSummary("Remove a product from the basket.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        baskets.MapDelete("/", ClearBasket).WithName(nameof(ClearBasket))
            .WithSummary("Empty the basket.").ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Ok<PagedResult<BasketDto>>> ListBaskets(
        IMediator mediator, CancellationToken cancellationToken, int page = 1, int pageSize = PageRequest.DefaultPageSize) =>
        TypedResults.Ok(await mediator.Send(new ListBaskets(page, pageSize), cancellationToken));

    private static async Task<Ok<BasketDto>> ReplaceBasket(string userName, ReplaceBasketRequest body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ReplaceBasket(userName, body.Items), cancellationToken));

    private static async Task<Ok<BasketDto>> GetBasket(string userName, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetBasket(userName), cancellationToken));

    private static async Task<Ok<BasketDto>> AddBasketItem(string userName, AddBasketItemRequest body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new AddBasketItem(userName, body.ProductId, body.Quantity, body.Color), cancellationToken));

    private static async Task<Ok<BasketDto>> ChangeBasketItemQuantity(
        string userName, Guid productId, ChangeQuantityRequest body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ChangeBasketItemQuantity(userName, productId, body.Quantity), cancellationToken));

    private static async Task<Ok<BasketDto>> RemoveBasketItem(string userName, Guid productId, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new RemoveBasketItem(userName, productId), cancellationToken));

    private static async Task<NoContent> ClearBasket(string userName, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new ClearBasket(userName), cancellationToken);
        return TypedResults.NoContent();
    }
}

public sealed record AddBasketItemRequest(Guid? ProductId, int? Quantity, string? Color = null);

public sealed record ChangeQuantityRequest(int? Quantity);

public sealed record ReplaceBasketRequest(IReadOnlyList<BasketItemInput>? Items);
