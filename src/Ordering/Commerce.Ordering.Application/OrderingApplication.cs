using Commerce.BuildingBlocks.Application;
using Commerce.Ordering.Application.CheckoutDeadline;
using Commerce.Ordering.Application.PaymentGrace;
using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Application.PaymentEvents;
using Commerce.Ordering.Application.StockEvents;
using Commerce.Ordering.Application.PlaceOrder;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Ordering.Application;

public static class OrderingApplication
{
    public static IServiceCollection AddOrderingApplication(this IServiceCollection services)
    {
        services.AddUseCasesFrom(typeof(OrderingApplication).Assembly);
        services.AddScoped<OrderPlacement>();
        services.AddScoped<CheckoutParty>();
        services.AddScoped<OrderLifecycle>();
        services.AddScoped<StockEventsConsumer>();
        services.AddScoped<PaymentEventsConsumer>();
        services.AddScoped<CheckoutDeadlineConsumer>();
        services.AddScoped<PaymentGraceConsumer>();
        return services;
    }
}
