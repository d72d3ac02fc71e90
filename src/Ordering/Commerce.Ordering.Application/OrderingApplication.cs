using Commerce.BuildingBlocks.Application;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Ordering.Application;

public static class OrderingApplication
{
    public static IServiceCollection AddOrderingApplication(this IServiceCollection services) =>
        services.AddUseCasesFrom(typeof(OrderingApplication).Assembly);
}
