using Commerce.BuildingBlocks.Application;
using Commerce.Inventory.Application.OrderEvents;
using Commerce.Inventory.Application.Stock;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Inventory.Application;

public static class InventoryApplication
{
    public static IServiceCollection AddInventoryApplication(this IServiceCollection services)
    {
        services.AddUseCasesFrom(typeof(InventoryApplication).Assembly);
        services.AddScoped<OrderEventsConsumer>();
        services.AddScoped<StockLevelEvents>();
        services.AddScoped<ReservationClosing>();
        return services;
    }
}
