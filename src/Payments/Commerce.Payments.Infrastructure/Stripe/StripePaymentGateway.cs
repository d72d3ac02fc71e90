using System.Net;
using System.Text.RegularExpressions;
using Commerce.BuildingBlocks.Application.Errors;
using Commerce.BuildingBlocks.Domain;
using Commerce.Payments.Application.Ports;
using Commerce.Payments.Contracts;
using global::Stripe;

namespace Commerce.Payments.Infrastructure.Stripe;

/// <summary>
/// Stripe through Stripe.net: a PaymentIntent with manual capture authorizes at checkout, is captured at shipment,
/// cancelled before, refunded after. Every request carries the step's idempotency key, so Stripe.net's own retries
/// and ours are the same request to Stripe: a payment is never charged twice. A refusal is an answer; Stripe away
/// (network, timeout, 429, 5xx) is <see cref="DependencyUnavailableException"/>, and the step is retried.
/// </summary>
internal sealed partial class StripePaymentGateway(IStripeClient client) : IPaymentGateway, IPaymentMethods
{
    private const string Provider = "The payment provider (Stripe)";

    public bool Accepts(string paymentMethodId) => Token().IsMatch(paymentMethodId);

    public async Task<GatewayAuthorization> AuthorizeAsync(AuthorizationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            var intent = await new PaymentIntentService(client).CreateAsync(new PaymentIntentCreateOptions
            {
                Amount = StripeAmounts.ToMinorUnits(request.Amount, request.Currency),
                Currency = StripeAmounts.Code(request.Currency),
                PaymentMethod = request.PaymentMethodId,
                CaptureMethod = "manual",
                Confirm = true,
                AutomaticPaymentMethods = new PaymentIntentAutomaticPaymentMethodsOptions { Enabled = true, AllowRedirects = "never" },
                Metadata = new Dictionary<string, string> { ["order_id"] = request.OrderId.ToString() },
                Expand = ["latest_charge"],
            }, Keyed(request.IdempotencyKey), cancellationToken);
            var card = intent.LatestCharge?.PaymentMethodDetails?.Card;
            return intent.Status switch
            {
                "requires_capture" => new GatewayAuthorization(GatewayDecision.Authorized, intent.Id, card?.Brand, card?.Last4, ReceiptUrl: intent.LatestCharge?.ReceiptUrl),
                "requires_payment_method" or "canceled" => new GatewayAuthorization(GatewayDecision.Declined, intent.Id, card?.Brand, card?.Last4,
                    intent.LastPaymentError?.DeclineCode ?? intent.LastPaymentError?.Code ?? "card_declined"),
                "requires_action" => new GatewayAuthorization(GatewayDecision.ActionRequired, intent.Id, ClientSecret: intent.ClientSecret),
                _ => new GatewayAuthorization(GatewayDecision.Pending, intent.Id), // processing: a webhook decides
            };
        }
        catch (StripeException refused) when (IsAnswer(refused))
        {
            return new GatewayAuthorization(GatewayDecision.Declined, refused.StripeError?.PaymentIntent?.Id, null, null,
                refused.StripeError?.DeclineCode ?? refused.StripeError?.Code ?? "card_declined");
        }
        catch (Exception away) when (IsAway(away, cancellationToken))
        {
            throw new DependencyUnavailableException(Provider, away);
        }
    }

    /// <summary>
    /// Stripe authorizes a payment method again only when it was saved to a customer for later use, and checkout saves
    /// none (it takes a one-time token): the authorization is not renewed, and operators are told before it lapses.
    /// </summary>
    public Task<GatewayAuthorization> ReauthorizeAsync(AuthorizationRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new GatewayAuthorization(GatewayDecision.Declined, null, DeclineCode: "reauthorization_unsupported"));

    public async Task<GatewayCapture> CaptureAsync(string providerReference, decimal amount, string currency, string idempotencyKey, CancellationToken cancellationToken)
    {
        try
        {
            await new PaymentIntentService(client).CaptureAsync(providerReference,
                new PaymentIntentCaptureOptions { AmountToCapture = StripeAmounts.ToMinorUnits(amount, currency) }, Keyed(idempotencyKey), cancellationToken);
            return new GatewayCapture(true);
        }
        catch (StripeException refused) when (IsAnswer(refused))
        {
            return new GatewayCapture(false, refused.StripeError?.DeclineCode ?? refused.StripeError?.Code ?? "capture_failed");
        }
        catch (Exception away) when (IsAway(away, cancellationToken))
        {
            throw new DependencyUnavailableException(Provider, away);
        }
    }

    public async Task VoidAsync(string providerReference, string idempotencyKey, CancellationToken cancellationToken)
    {
        try
        {
            await new PaymentIntentService(client).CancelAsync(providerReference, new PaymentIntentCancelOptions(), Keyed(idempotencyKey), cancellationToken);
        }
        catch (StripeException refused) when (refused.StripeError?.Code == "payment_intent_unexpected_state")
        {
            // cancelled already (by Stripe, or by an earlier try whose answer was lost): nothing is held
        }
        catch (StripeException refused) when (IsAnswer(refused))
        {
            // Retrying cannot help (an unknown intent, say): the message goes to the dead letters, where operators see it.
            throw new DomainException("void_refused", $"The payment provider refused to cancel the payment ({refused.StripeError?.Code ?? "refused"}).");
        }
        catch (Exception away) when (IsAway(away, cancellationToken))
        {
            throw new DependencyUnavailableException(Provider, away);
        }
    }

    public async Task<string> RefundAsync(string providerReference, decimal amount, string currency, string idempotencyKey, CancellationToken cancellationToken)
    {
        try
        {
            var refund = await new RefundService(client).CreateAsync(new RefundCreateOptions
            {
                PaymentIntent = providerReference,
                Amount = StripeAmounts.ToMinorUnits(amount, currency),
            }, Keyed(idempotencyKey), cancellationToken);
            return refund.Id;
        }
        catch (StripeException refused) when (IsAnswer(refused))
        {
            throw new DomainException("refund_refused", $"The payment provider refused the refund ({refused.StripeError?.Code ?? "refused"}).");
        }
        catch (Exception away) when (IsAway(away, cancellationToken))
        {
            throw new DependencyUnavailableException(Provider, away);
        }
    }

    private static RequestOptions Keyed(string idempotencyKey) => new() { IdempotencyKey = idempotencyKey };

    /// <summary>Stripe looked at the request and said no (402 card errors, 400 invalid requests): retrying changes nothing.</summary>
    private static bool IsAnswer(StripeException exception) =>
        exception.StripeError is not null && (int)exception.HttpStatusCode is >= 400 and < 500 && exception.HttpStatusCode != HttpStatusCode.TooManyRequests;

    private static bool IsAway(Exception exception, CancellationToken cancellationToken) =>
        !cancellationToken.IsCancellationRequested && exception is StripeException or HttpRequestException or TaskCanceledException or TimeoutException;

    [GeneratedRegex("^pm_[A-Za-z0-9_]{1,252}$")]
    private static partial Regex Token();
}
