using Commerce.BuildingBlocks.Application.Messaging;
using MediatR;

namespace Commerce.Payments.Application.VoidPayment;

/// <summary>The order was cancelled: release what is held for it, or make sure nothing ever is.</summary>
public sealed record VoidPayment(Guid OrderId) : ICommand<Unit>;
