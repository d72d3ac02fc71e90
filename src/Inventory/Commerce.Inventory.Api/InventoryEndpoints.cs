using Commerce.BuildingBlocks.Api.Errors;
using Commerce.BuildingBlocks.Api.Security;
using Commerce.Inventory.Application.AdjustStock;
using Commerce.Inventory.Application.GetStock;
using Commerce.Inventory.Application.ListLowStock;
using Commerce.Inventory.Application.SetStock;
using Commerce.Inventory.Application.Stock;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Commerce.Inventory.Api;

public static class InventoryEndpoints
{
    public const string InventoryRoute = "/api/v1/inventory";

    public static IEndpointRouteBuilder MapInventoryEndpoints(this IEndpointRouteBuilder app)
    {
        var inventory = app.MapGroup(InventoryRoute).WithTags("Inventory").ProducesProblem(StatusCodes.Status400BadRequest)
            .MapsErrors(new ErrorFields().Code("invalid_delta", "delta").Code("invalid_onHand", "onHand").Code("invalid_lowStockThreshold", "lowStockThreshold"));
        inventory.MapGet("/low-stock", ListLowStock).WithName(nameof(ListLowStock))
            .WithSummary("Stock items whose available quantity is under their threshold, lowest first.").RequireAuthorization(Roles.Admin);
        inventory.MapGet("/{productId:guid}", GetStock).WithName(nameof(GetStock))
            .WithSummary("A product's stock: on hand, reserved, available, threshold.").ProducesProblem(StatusCodes.Status404NotFound);
        inventory.MapPut("/{productId:guid}", SetStock).WithName(nameof(SetStock))
            .WithSummary("Set a product's counted stock and low-stock threshold.").RequireAuthorization(Roles.Admin).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        inventory.MapPost("/{productId:guid}/adjustments", AdjustStock).WithName(nameof(AdjustStock))
            .WithSummary("Add (restock) or remove units. Send an Idempotency-Key to retry safely.").RequireAuthorization(Roles.Admin).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<StockDto>>> ListLowStock(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListLowStock(), cancellationToken));

    private static async Task<Ok<StockDto>> GetStock(Guid productId, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetStock(productId), cancellationToken));

    private static async Task<Ok<StockDto>> SetStock(Guid productId, SetStockRequest body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new SetStock(productId, body.OnHand, body.LowStockThreshold), cancellationToken));

    private static async Task<Ok<StockDto>> AdjustStock(
        Guid productId, AdjustStockRequest body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new AdjustStock(productId, body.Delta, idempotencyKey), cancellationToken));
}

public sealed record SetStockRequest(int? OnHand, int? LowStockThreshold);

public sealed record AdjustStockRequest(int? Delta);
