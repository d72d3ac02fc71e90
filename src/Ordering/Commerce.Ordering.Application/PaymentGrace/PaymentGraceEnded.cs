using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Ordering.Application.Orders;

namespace Commerce.Ordering.Application.PaymentGrace;

/// <summary>Scheduled when a confirmed order's payment lapsed, for <see cref="OrderingOptions.ExpiredPaymentGrace"/> later.</summary>
public sealed record PaymentGraceEnded(Guid OrderId);

/// <summary>An order still waiting for a payment in place of the one that lapsed is cancelled (<c>payment_expired</c>); any other is left as it is.</summary>
public sealed record EndPaymentGrace(Guid OrderId) : ICommand<OrderChanged>;
