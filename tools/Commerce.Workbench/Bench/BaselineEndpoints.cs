using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.BuildingBlocks.Infrastructure.Persistence;
using Commerce.Catalog.Domain.Products;
using Commerce.Ordering.Domain.Orders;
using Marten;
using Contract = Commerce.Ordering.Contracts;

namespace Commerce.Workbench.Bench;

/// <summary>
/// The same work done bare: Marten straight from the endpoint, no MediatR pipeline, no validation, no mapping to
/// DTOs. What the full routes cost on top of these is what our layers cost.
/// </summary>
internal static class BaselineEndpoints
{
    public static void MapBaselineEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/baseline/products/{id:guid}", async (Guid id, IQuerySession session, CancellationToken cancellationToken) =>
            await session.LoadAsync<Product>(id, cancellationToken) is { } product ? Results.Ok(product) : Results.NotFound());

        app.MapGet("/baseline/products", async (string category, int page, int pageSize, IQuerySession session, CancellationToken cancellationToken) =>
            Results.Ok(await session.Query<Product>().Where(p => p.Category == category)
                .ToPagedResultAsync(q => q.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id), page, pageSize, cancellationToken)));

        // The event a checkout appends and the outbox row it writes, in one transaction, without the basket.
        app.MapPost("/baseline/orders/{userName}", async (
            string userName, Guid productId, IDocumentSession session, IIntegrationEvents events, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            var now = clock.GetUtcNow();
            var placed = PlacedOrders.For(userName, productId, now);
            session.Events.StartStream<Order>(placed.OrderId, placed);
            await events.PublishAsync(new Contract.OrderPlaced(
                placed.OrderId, userName, "Ada Lovelace", "ada@example.com",
                [.. placed.Lines.Select(l => new Contract.OrderedProduct(l.ProductId, l.ProductName, l.UnitPrice, l.Quantity))],
                placed.Totals.Total, placed.Totals.Currency, now), cancellationToken);
            await session.SaveChangesAsync(cancellationToken);
            return Results.Accepted(value: new { orderId = placed.OrderId });
        });
    }
}

/// <summary>The order a bench checkout places: one unit of one product, the same buyer every time.</summary>
internal static class PlacedOrders
{
    public static OrderPlaced For(string userName, Guid productId, DateTimeOffset now) => Order.Place(
        Guid.CreateVersion7(), userName, [new OrderLine(productId, "Bench product", 10m, 1)], "USD",
        Buyer.Create("Ada", "Lovelace", "ada@example.com", emailProven: true),
        ShippingAddress.Create("1 Analytical Way", "London", "", "N1 9GU", "UK"),
        PaymentMethod.Token("pm_card_visa"),
        now);
}
