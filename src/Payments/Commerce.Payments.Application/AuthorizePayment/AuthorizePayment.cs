using Commerce.BuildingBlocks.Application.Messaging;
using MediatR;

namespace Commerce.Payments.Application.AuthorizePayment;

/// <summary>An order was placed: hold its total on the buyer's payment method (none: an order of the old shop).</summary>
public sealed record AuthorizePayment(Guid OrderId, decimal Amount, string Currency, string? PaymentMethodId, string? BuyerEmail) : ICommand<Unit>
{
    public override string ToString() => $"AuthorizePayment {{ OrderId = {OrderId}, Amount = {Amount} {Currency} }}";
}
