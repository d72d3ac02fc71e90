using Commerce.BuildingBlocks.Application;
using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Inventory.Contracts;
using Commerce.Ordering.Application.StockEvents;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Ordering.Application;

public static class OrderingApplication
{
    public static IServiceCollection AddOrderingApplication(this IServiceCollection services)
    {
        services.AddUseCasesFrom(typeof(OrderingApplication).Assembly);
        services.AddScoped<StockEventsConsumer>();
        services.AddScoped<IIntegrationEventConsumer<StockReserved>>(sp => sp.GetRequiredService<StockEventsConsumer>());
        services.AddScoped<IIntegrationEventConsumer<StockReservationFailed>>(sp => sp.GetRequiredService<StockEventsConsumer>());
        return services;
    }
}
