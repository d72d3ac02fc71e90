using Commerce.Basket.Application.Ports;
using Commerce.Basket.Domain.Baskets;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Basket.Infrastructure;

public static class BasketInfrastructure
{
    public static IServiceCollection AddBasketInfrastructure(this IServiceCollection services)
    {
        // Optimistic concurrency: of two requests that loaded one basket, only the first to commit wins. That is what
        // keeps two racing checkouts of one basket from placing two orders.
        services.ConfigureMarten(options => options.Schema.For<ShoppingBasket>()
            .DatabaseSchemaName("basket")
            .UseOptimisticConcurrency(true));
        services.AddScoped<IBasketRepository, MartenBasketRepository>();
        return services;
    }
}
