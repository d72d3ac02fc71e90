namespace Commerce.Payments.Application.Ports;

/// <summary>The provider's webhook: its signature checked by the provider's own library, its event read.</summary>
public interface IProviderWebhooks
{
    /// <summary>The provider whose webhooks these are (<c>stripe</c>, <c>test</c>): its route's last segment.</summary>
    string Provider { get; }

    /// <returns>The event, or null for an event type that does not concern a payment.</returns>
    /// <exception cref="Commerce.BuildingBlocks.Domain.DomainException">The signature or the payload is not valid.</exception>
    ProviderEvent? Read(string payload, string? signature);
}

/// <param name="Id">The provider's event id: an event is handled once, however often it is sent.</param>
/// <param name="ProviderReference">The payment the event is about (a PaymentIntent's id).</param>
/// <param name="Reason">Why the provider cancelled the payment (Stripe: <c>automatic</c> when the authorization's
/// window ended); a dispute's reason when opened (<c>fraudulent</c>…), its outcome when closed (<c>won</c>, <c>lost</c>…).</param>
/// <param name="Amount">Refunded: all that is refunded of the payment so far, wherever it was asked; a dispute: the amount disputed.</param>
/// <param name="ItemReference">The provider's id of the refund or the dispute.</param>
/// <param name="ReceiptUrl">Authorized: the provider's receipt page for the buyer, when the event carries it.</param>
public sealed record ProviderEvent(
    string Id, string ProviderReference, ProviderOutcome Outcome, string? CardBrand = null, string? CardLast4 = null, string? DeclineCode = null,
    string? Reason = null, decimal? Amount = null, string? ItemReference = null, string? ReceiptUrl = null);

public enum ProviderOutcome
{
    /// <summary>The amount is held and can be captured.</summary>
    Authorized,
    Declined,

    /// <summary>The provider cancelled the payment (on request, or when the authorization expired).</summary>
    Canceled,

    /// <summary>Money was given back (by the shop, or by an operator at the provider's dashboard).</summary>
    Refunded,

    /// <summary>The buyer's bank disputes the payment (a chargeback).</summary>
    DisputeOpened,

    /// <summary>The dispute ended, won or lost.</summary>
    DisputeClosed,
}
