using Commerce.BuildingBlocks.Infrastructure.Messaging;
using Commerce.Inventory.Application.OrderEvents;
using Commerce.Inventory.Application.Ports;
using Commerce.Inventory.Domain.Stock;
using Commerce.Ordering.Contracts;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Inventory.Infrastructure;

public static class InventoryInfrastructure
{
    public const string Queue = "inventory";

    public static IServiceCollection AddInventoryInfrastructure(this IServiceCollection services)
    {
        services.ConfigureMarten(options =>
        {
            // Two reservations racing for the last units: the later commit fails and is retried from a fresh read.
            options.Schema.For<StockItem>().DatabaseSchemaName("inventory").UseOptimisticConcurrency(true);
            options.Schema.For<Reservation>().DatabaseSchemaName("inventory");
        });
        services.AddScoped<IStockRepository, MartenStockRepository>();
        services.AddIntegrationEventConsumer(Queue, events => events
            .On<OrderPlaced, OrderEventsConsumer>().On<OrderCancelled, OrderEventsConsumer>().On<OrderShipped, OrderEventsConsumer>());
        return services;
    }
}
