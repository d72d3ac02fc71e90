using Commerce.BuildingBlocks.Application;
using Commerce.Ordering.Application.StockEvents;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Ordering.Application;

public static class OrderingApplication
{
    public static IServiceCollection AddOrderingApplication(this IServiceCollection services)
    {
        services.AddUseCasesFrom(typeof(OrderingApplication).Assembly);
        services.AddScoped<StockEventsConsumer>();
        return services;
    }
}
