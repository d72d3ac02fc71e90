using Commerce.BuildingBlocks.Api.Errors;
using Commerce.Basket.Application.Baskets;
using Commerce.Basket.Application.ReplaceBasket;
using Commerce.BuildingBlocks.Api.Compatibility;
using Commerce.BuildingBlocks.Application.Paging;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Clear = Commerce.Basket.Application.ClearBasket.ClearBasket;
using Get = Commerce.Basket.Application.GetBasket.GetBasket;
using List = Commerce.Basket.Application.ListBaskets.ListBaskets;
using Replace = Commerce.Basket.Application.ReplaceBasket.ReplaceBasket;

namespace Commerce.Basket.Api.Compatibility;

/// <summary>The old serverless shop's <c>/basket</c> routes (its checkout is Ordering's), on the main API's use cases.</summary>
public static class LegacyBasketEndpoints
{
    public static IEndpointRouteBuilder MapLegacyBasketRoutes(this IEndpointRouteBuilder app)
    {
        var options = app.ServiceProvider.GetRequiredService<CompatibilityOptions>();
        var baskets = app.MapGroup("/basket").WithTags(Legacy.Tag).ProducesProblem(StatusCodes.Status400BadRequest).MapsErrors(BasketErrorFields.Baskets);
        baskets.MapGet("/", ListLegacyBaskets).WithName(nameof(ListLegacyBaskets)).ForAdmins(options)
            .WithSummary("Admin: every basket that holds something (at most Compatibility:MaxListedItems).").ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        baskets.MapGet("/{userName}", GetLegacyBasket).WithName(nameof(GetLegacyBasket)).ForOwnerOrAdmins(options);
        baskets.MapPost("/", ReplaceLegacyBasket).WithName(nameof(ReplaceLegacyBasket)).ForOwnerOrAdmins(options, (LegacyBasketRequest body) => body.UserName)
            .WithSummary("Set a user's basket; names and prices come from the catalog, an unknown productId is a 400.")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        baskets.MapDelete("/{userName}", DeleteLegacyBasket).WithName(nameof(DeleteLegacyBasket)).ForOwnerOrAdmins(options).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Ok<LegacyEnvelope<IReadOnlyList<LegacyBasket>>>> ListLegacyBaskets(
        HttpContext http, IMediator mediator, CompatibilityOptions options, CancellationToken cancellationToken)
    {
        var all = await AllPages.ReadAsync(options.MaxListedItems, page => mediator.Send(new List(page, PageRequest.MaxPageSize), cancellationToken));
        return Legacy.Ok<IReadOnlyList<LegacyBasket>>(http, [.. all.Select(LegacyBasket.From)]);
    }

    private static async Task<Ok<LegacyEnvelope<LegacyBasket>>> GetLegacyBasket(string userName, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
        Legacy.Ok(http, LegacyBasket.From(await mediator.Send(new Get(userName), cancellationToken)));

    private static async Task<Ok<LegacyEnvelope<LegacyBasket>>> ReplaceLegacyBasket(
        LegacyBasketRequest body, HttpContext http, IMediator mediator, CancellationToken cancellationToken)
    {
        // productName and price are the client's copies; the catalog's are the ones that count.
        var items = body.Items?.Select(i => new BasketItemInput(i.ProductId, i.Quantity, i.Color)).ToList();
        return Legacy.Ok(http, LegacyBasket.From(await mediator.Send(new Replace(body.UserName ?? string.Empty, items), cancellationToken)));
    }

    private static async Task<Ok<LegacyEnvelope<LegacyBasket>>> DeleteLegacyBasket(string userName, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
        Legacy.Ok(http, LegacyBasket.From(await mediator.Send(new Clear(userName), cancellationToken)));
}

public sealed record LegacyBasketRequest(string? UserName, IReadOnlyList<LegacyBasketItem>? Items);

public sealed record LegacyBasketItem(Guid? ProductId, string? ProductName, int? Quantity, string? Color, decimal? Price);

public sealed record LegacyBasket(string UserName, IReadOnlyList<LegacyBasketItem> Items, decimal TotalPrice)
{
    public static LegacyBasket From(BasketDto basket) => new(
        basket.UserName,
        [.. basket.Items.Select(i => new LegacyBasketItem(i.ProductId, i.ProductName, i.Quantity, i.Color, i.UnitPrice))],
        basket.Subtotal);
}
