using Commerce.BuildingBlocks.Infrastructure.Messaging;
using Commerce.Inventory.Contracts;
using Commerce.Notifications.Application;
using Commerce.Notifications.Application.Events;
using Commerce.Notifications.Application.Ports;
using Commerce.Notifications.Domain.Notifications;
using Commerce.Ordering.Contracts;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Notifications.Infrastructure;

public static class NotificationsInfrastructure
{
    public const string Queue = "notifications";

    public static IServiceCollection AddNotificationsInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(NotificationsOptions.Section).Get<NotificationsOptions>() ?? new NotificationsOptions());
        services.AddSingleton(configuration.GetSection(EmailOptions.Section).Get<EmailOptions>() ?? new EmailOptions());
        services.AddSingleton<IEmailSender, SmtpEmailSender>();
        services.AddScoped<INotificationStore, MartenNotificationStore>();
        services.ConfigureMarten(options => options.Schema.For<Notification>()
            .DatabaseSchemaName("notifications")
            .Index(n => n.Recipient)
            .Index(n => n.OrderId));
        services.AddIntegrationEventConsumer(Queue, events => events
            .On<OrderPlaced, NotifyingConsumer>().On<OrderConfirmed, NotifyingConsumer>().On<OrderCancelled, NotifyingConsumer>()
            .On<OrderShipped, NotifyingConsumer>().On<OrderDelivered, NotifyingConsumer>().On<LowStock, NotifyingConsumer>());
        return services;
    }
}
