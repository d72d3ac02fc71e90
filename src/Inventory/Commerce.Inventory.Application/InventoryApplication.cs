using Commerce.BuildingBlocks.Application;
using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Inventory.Application.OrderEvents;
using Commerce.Ordering.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Inventory.Application;

public static class InventoryApplication
{
    public static IServiceCollection AddInventoryApplication(this IServiceCollection services)
    {
        services.AddUseCasesFrom(typeof(InventoryApplication).Assembly);
        services.AddScoped<OrderEventsConsumer>();
        services.AddScoped<IIntegrationEventConsumer<OrderPlaced>>(sp => sp.GetRequiredService<OrderEventsConsumer>());
        services.AddScoped<IIntegrationEventConsumer<OrderCancelled>>(sp => sp.GetRequiredService<OrderEventsConsumer>());
        services.AddScoped<IIntegrationEventConsumer<OrderShipped>>(sp => sp.GetRequiredService<OrderEventsConsumer>());
        return services;
    }
}
