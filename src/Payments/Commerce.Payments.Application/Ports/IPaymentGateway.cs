namespace Commerce.Payments.Application.Ports;

/// <summary>
/// The payment provider. Every request carries an idempotency key derived from the payment and the step, so a
/// retried request is the same request to the provider. A provider that is away or too slow throws (the caller
/// retries); a refusal is an answer.
/// </summary>
public interface IPaymentGateway
{
    /// <summary>Authorizes (holds) the amount on the buyer's payment method; nothing is taken until the capture.</summary>
    Task<GatewayAuthorization> AuthorizeAsync(AuthorizationRequest request, CancellationToken cancellationToken);

    Task<GatewayCapture> CaptureAsync(string providerReference, decimal amount, string currency, string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>
    /// Holds the amount again on the same payment method under a new authorization, before the old one lapses. A
    /// provider that cannot (the method was not saved for later use) answers Declined with its reason.
    /// </summary>
    Task<GatewayAuthorization> ReauthorizeAsync(AuthorizationRequest request, CancellationToken cancellationToken);

    /// <summary>Cancels an authorization, or a request still awaiting a decision.</summary>
    Task VoidAsync(string providerReference, string idempotencyKey, CancellationToken cancellationToken);

    /// <returns>The provider's reference of the refund.</returns>
    Task<string> RefundAsync(string providerReference, decimal amount, string currency, string idempotencyKey, CancellationToken cancellationToken);
}

public sealed record AuthorizationRequest(Guid OrderId, decimal Amount, string Currency, string PaymentMethodId, string IdempotencyKey);

public enum GatewayDecision
{
    Authorized,
    Declined,

    /// <summary>The provider took the request and decides later; a webhook tells.</summary>
    Pending,

    /// <summary>The buyer must complete the provider's challenge (3-D Secure) in the browser, with the authorization's
    /// client secret; a webhook tells how it ended.</summary>
    ActionRequired,
}

/// <param name="ReceiptUrl">The provider's page that shows the buyer their payment, where it has one.</param>
/// <param name="ClientSecret">ActionRequired: what the buyer's browser completes the challenge with (Stripe.js).</param>
public sealed record GatewayAuthorization(
    GatewayDecision Decision, string? ProviderReference, string? CardBrand = null, string? CardLast4 = null, string? DeclineCode = null, string? ReceiptUrl = null,
    string? ClientSecret = null);

public sealed record GatewayCapture(bool Succeeded, string? FailureReason = null);
