using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Payments.Application.Payments;

namespace Commerce.Payments.Application.GetPayment;

public sealed record GetPayment(Guid OrderId) : IQuery<PaymentRecordDto>;
