using Commerce.BuildingBlocks.Infrastructure.Messaging;
using Commerce.Notifications.Application;
using Commerce.Notifications.Application.Events;
using Commerce.Notifications.Application.Ports;
using Commerce.Notifications.Domain.Notifications;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Notifications.Infrastructure;

public static class NotificationsInfrastructure
{
    /// <summary>Notifications' queue: every event a customer or the operator hears about.</summary>
    public static readonly QueueSubscription Subscription = QueueSubscription.For<NotifyingConsumer>("notifications");

    public static IServiceCollection AddNotificationsInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(NotificationsOptions.Section).Get<NotificationsOptions>() ?? new NotificationsOptions());
        services.AddSingleton((configuration.GetSection(EmailOptions.Section).Get<EmailOptions>() ?? new EmailOptions()).EnsureDeliverable());
        services.AddSingleton<IEmailSender, MailKitEmailSender>();
        services.AddScoped<INotificationStore, MartenNotificationStore>();
        services.ConfigureMarten(options => options.Schema.For<Notification>()
            .DatabaseSchemaName("notifications")
            .Index(n => n.Recipient)
            .Index(n => n.OrderId));
        return services;
    }
}
