using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Domain.Orders;

namespace Commerce.Ordering.Application.RecordPayment;

/// <summary>Payments told something about the order's payment (authorized, declined, captured…).</summary>
public sealed record RecordPayment(IPaymentFact Fact) : ICommand<OrderChanged>;
