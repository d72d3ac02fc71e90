using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Ordering.Application.Orders;

namespace Commerce.Ordering.Application.CheckoutDeadline;

/// <summary>Scheduled at checkout for <see cref="OrderingOptions.CheckoutTimeout"/> later.</summary>
public sealed record CheckoutDeadlinePassed(Guid OrderId, TimeSpan Waited);

/// <summary>An order still pending at its deadline is cancelled (<c>timed_out</c>); any other is left as it is.</summary>
public sealed record TimeOutCheckout(Guid OrderId, TimeSpan Waited) : ICommand<OrderChanged>;
