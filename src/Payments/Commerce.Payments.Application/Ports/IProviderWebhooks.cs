namespace Commerce.Payments.Application.Ports;

/// <summary>The provider's webhook: its signature checked by the provider's own library, its event read.</summary>
public interface IProviderWebhooks
{
    /// <returns>The event, or null for an event type that does not concern a payment.</returns>
    /// <exception cref="Commerce.BuildingBlocks.Domain.DomainException">The signature or the payload is not valid.</exception>
    ProviderEvent? Read(string payload, string? signature);
}

/// <param name="Id">The provider's event id: an event is handled once, however often it is sent.</param>
/// <param name="ProviderReference">The payment the event is about (a PaymentIntent's id).</param>
/// <param name="CancellationReason">Why the provider cancelled the payment (Stripe: <c>automatic</c> when the authorization's window ended).</param>
public sealed record ProviderEvent(
    string Id, string ProviderReference, ProviderOutcome Outcome, string? CardBrand = null, string? CardLast4 = null, string? DeclineCode = null, string? CancellationReason = null);

public enum ProviderOutcome
{
    /// <summary>The amount is held and can be captured.</summary>
    Authorized,
    Declined,

    /// <summary>The provider cancelled the payment (on request, or when the authorization expired).</summary>
    Canceled,
}
