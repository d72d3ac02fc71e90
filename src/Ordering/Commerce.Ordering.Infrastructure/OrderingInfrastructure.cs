using Commerce.BuildingBlocks.Infrastructure.Messaging;
using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Application.Ports;
using Commerce.Ordering.Application.StockEvents;
using Commerce.Ordering.Domain.Orders;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Ordering.Infrastructure;

public static class OrderingInfrastructure
{
    /// <summary>Ordering's queue: Inventory's answers, which decide a pending order.</summary>
    public static readonly QueueSubscription Subscription = QueueSubscription.For<StockEventsConsumer>("ordering");

    public static IServiceCollection AddOrderingInfrastructure(this IServiceCollection services)
    {
        services.ConfigureMarten(options =>
        {
            // Known up front, so a process that has appended nothing yet can still read any order's history.
            options.Events.AddEventTypes([typeof(OrderPlaced), typeof(OrderStockReserved), typeof(OrderConfirmed), typeof(OrderShipped), typeof(OrderDelivered), typeof(OrderCancelled)]);
            options.Projections.Add(new OrderAggregation(), ProjectionLifecycle.Live);
            options.Projections.Add<OrderViewProjection>(ProjectionLifecycle.Inline);
            options.Schema.For<OrderView>()
                .DatabaseSchemaName("ordering")
                .Index(o => o.UserName)
                .Index(o => o.PlacedAt);
        });
        services.AddScoped<IOrderRepository, MartenOrderRepository>();
        services.AddScoped<IOrderQueries, MartenOrderQueries>();
        return services;
    }
}
