using Commerce.BuildingBlocks.Infrastructure.Messaging;
using Commerce.Inventory.Application.OrderEvents;
using Commerce.Inventory.Application.Ports;
using Commerce.Inventory.Domain.Stock;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Inventory.Infrastructure;

public static class InventoryInfrastructure
{
    /// <summary>Inventory's queue: the order events that reserve, release and commit stock.</summary>
    public static readonly QueueSubscription Subscription = QueueSubscription.For<OrderEventsConsumer>("inventory");

    public static IServiceCollection AddInventoryInfrastructure(this IServiceCollection services)
    {
        services.ConfigureMarten(options =>
        {
            // Two reservations racing for the last units: the later commit fails and is retried from a fresh read.
            options.Schema.For<StockItem>().DatabaseSchemaName("inventory").UseOptimisticConcurrency(true);
            options.Schema.For<Reservation>().DatabaseSchemaName("inventory");
        });
        services.AddScoped<IStockRepository, MartenStockRepository>();
        return services;
    }
}
