using Commerce.BuildingBlocks.Infrastructure.Messaging;
using Commerce.Ordering.Application;
using Commerce.Ordering.Application.CheckoutDeadline;
using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Application.PaymentEvents;
using Commerce.Ordering.Application.PaymentGrace;
using Commerce.Ordering.Application.Ports;
using Commerce.Ordering.Application.StockEvents;
using Commerce.Ordering.Domain.Orders;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Commerce.Users.Contracts;

namespace Commerce.Ordering.Infrastructure;

public static class OrderingInfrastructure
{
    /// <summary>Ordering's queue: Inventory's and Payments' answers, which decide a pending order.</summary>
    public static readonly QueueSubscription Subscription = QueueSubscription.For("ordering", typeof(StockEventsConsumer), typeof(PaymentEventsConsumer));

    public static IServiceCollection AddOrderingInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(OrderingOptions.Section).Get<OrderingOptions>() ?? new OrderingOptions());
        services.AddSingleton(ScheduledRoute.For<CheckoutDeadlinePassed, CheckoutDeadlineConsumer>());
        services.AddSingleton(ScheduledRoute.For<PaymentGraceEnded, PaymentGraceConsumer>());
        services.ConfigureMarten(options =>
        {
            // Known up front, so a process that has appended nothing yet can still read any order's history.
            options.Events.AddEventTypes([typeof(OrderPlaced), typeof(OrderStockReserved), typeof(OrderConfirmed), typeof(OrderShipped), typeof(OrderDelivered), typeof(OrderCancelled),
                typeof(OrderPaymentAuthorized), typeof(OrderPaymentDeclined), typeof(OrderPaymentVoided), typeof(OrderPaymentCaptured),
                typeof(OrderPaymentCaptureFailed), typeof(OrderRefundIssued), typeof(OrderPaymentExpired), typeof(OrderPaymentLapsed),
                typeof(OrderPaymentDisputed), typeof(OrderPaymentDisputeClosed), typeof(OrderPaymentActionRequired)]);
            options.Projections.Add(new OrderAggregation(), ProjectionLifecycle.Live);
            options.Projections.Add<OrderViewProjection>(ProjectionLifecycle.Inline);
            // Columns of their own, the id after the instant: newest first (a buyer's, or everyone's) walks one index
            // backwards, and a cursor however deep is a seek to one row of it, not a walk from the first page.
            options.Schema.For<OrderView>()
                .DatabaseSchemaName("ordering")
                .Duplicate(o => o.UserName)
                .Duplicate(o => o.PlacedAt)
                .Index(o => new { o.PlacedAt, o.Id })
                .Index(o => new { o.UserName, o.PlacedAt, o.Id });
        });
        services.AddScoped<IOrderRepository, MartenOrderRepository>();
        // A host without the Users context knows no accounts: every buyer names themselves. Users replaces it.
        services.TryAddScoped<IAccountDirectory, NoLocalAccounts>();
        services.AddScoped<IOrderQueries, MartenOrderQueries>();
        return services;
    }
}
