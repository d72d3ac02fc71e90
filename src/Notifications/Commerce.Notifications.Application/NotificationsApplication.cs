using Commerce.BuildingBlocks.Application;
using Commerce.Notifications.Application.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Notifications.Application;

public static class NotificationsApplication
{
    public static IServiceCollection AddNotificationsApplication(this IServiceCollection services)
    {
        services.AddUseCasesFrom(typeof(NotificationsApplication).Assembly);
        services.AddScoped<NotifyingConsumer>();
        return services;
    }
}
