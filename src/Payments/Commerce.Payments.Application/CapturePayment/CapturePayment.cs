using Commerce.BuildingBlocks.Application.Messaging;
using MediatR;

namespace Commerce.Payments.Application.CapturePayment;

/// <summary>The order shipped (or a failed capture is due again): take the authorized amount.</summary>
public sealed record CapturePayment(Guid OrderId) : ICommand<Unit>;

/// <summary>Scheduled after a failed capture.</summary>
public sealed record CaptureRetryDue(Guid OrderId);
