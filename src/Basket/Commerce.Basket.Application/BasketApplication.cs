using Commerce.Basket.Application.Baskets;
using Commerce.Basket.Application.Checkout;
using Commerce.Basket.Contracts;
using Commerce.BuildingBlocks.Application;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Basket.Application;

public static class BasketApplication
{
    public static IServiceCollection AddBasketApplication(this IServiceCollection services)
    {
        services.AddUseCasesFrom(typeof(BasketApplication).Assembly);
        services.AddScoped<BasketChange>();
        services.AddScoped<IBasketCheckout, BasketCheckout>();
        return services;
    }
}
