using Commerce.BuildingBlocks.Application;
using Commerce.Payments.Application.CapturePayment;
using Commerce.Payments.Application.OrderEvents;
using Commerce.Payments.Application.Payments;
using Commerce.Payments.Application.RenewAuthorization;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Payments.Application;

public static class PaymentsApplication
{
    public static IServiceCollection AddPaymentsApplication(this IServiceCollection services)
    {
        services.AddUseCasesFrom(typeof(PaymentsApplication).Assembly);
        services.AddScoped<OrderEventsConsumer>();
        services.AddScoped<CaptureRetryConsumer>();
        services.AddScoped<AuthorizationRenewalConsumer>();
        services.AddScoped<AuthorizationWatch>();
        return services;
    }
}
