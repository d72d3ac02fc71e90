using Commerce.BuildingBlocks.Application;
using Commerce.Inventory.Application.OrderEvents;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Inventory.Application;

public static class InventoryApplication
{
    public static IServiceCollection AddInventoryApplication(this IServiceCollection services)
    {
        services.AddUseCasesFrom(typeof(InventoryApplication).Assembly);
        services.AddScoped<OrderEventsConsumer>();
        return services;
    }
}
