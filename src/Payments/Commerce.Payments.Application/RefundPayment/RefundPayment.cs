using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Payments.Application.Payments;

namespace Commerce.Payments.Application.RefundPayment;

/// <summary>An operator gives money back after the capture; all refunds together never exceed what was captured.</summary>
public sealed record RefundPayment(Guid OrderId, decimal? Amount, string? Reason) : ICommand<PaymentRecordDto>;
