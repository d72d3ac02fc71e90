using Commerce.BuildingBlocks.Application.Errors;
using Commerce.Payments.Application.Ports;
using global::Stripe;

namespace Commerce.Payments.Infrastructure.Stripe;

/// <summary>
/// Stripe's webhook, checked by Stripe.net's own signature verification (endpoint secret, timestamp tolerance) and
/// read into the outcome of the PaymentIntent it concerns: its decision or cancellation, a refund (also one made in
/// Stripe's dashboard), a dispute opened or closed.
/// </summary>
internal sealed class StripeWebhooks(StripeOptions options) : IProviderWebhooks
{
    public string Provider => "stripe";

    public ProviderEvent? Read(string payload, string? signature)
    {
        Event received;
        try
        {
            received = EventUtility.ConstructEvent(payload, signature ?? string.Empty, options.WebhookSecret!,
                (long)options.WebhookTolerance.TotalSeconds, throwOnApiVersionMismatch: false);
        }
        catch (Exception invalid) when (invalid is StripeException or ArgumentException or FormatException or Newtonsoft.Json.JsonException or System.Text.Json.JsonException)
        {
            throw new InvalidInputException("Stripe-Signature", "invalid_webhook", "The webhook is not signed by Stripe with this endpoint's secret, or its signature is too old.");
        }

        return received.Data?.Object switch
        {
            PaymentIntent intent => OfIntent(received, intent),
            Charge { PaymentIntentId: { } intentId } charge when received.Type == EventTypes.ChargeRefunded =>
                new ProviderEvent(received.Id, intentId, ProviderOutcome.Refunded,
                    Amount: StripeAmounts.FromMinorUnits(charge.AmountRefunded, charge.Currency), ItemReference: charge.Refunds?.Data?.FirstOrDefault()?.Id ?? charge.Id),
            Dispute { PaymentIntentId: { } intentId } dispute when received.Type is EventTypes.ChargeDisputeCreated or EventTypes.ChargeDisputeClosed =>
                new ProviderEvent(received.Id, intentId, received.Type == EventTypes.ChargeDisputeCreated ? ProviderOutcome.DisputeOpened : ProviderOutcome.DisputeClosed,
                    Reason: received.Type == EventTypes.ChargeDisputeCreated ? dispute.Reason : dispute.Status,
                    Amount: StripeAmounts.FromMinorUnits(dispute.Amount, dispute.Currency), ItemReference: dispute.Id),
            _ => null,
        };
    }

    private static ProviderEvent? OfIntent(Event received, PaymentIntent intent)
    {
        ProviderOutcome? outcome = received.Type switch
        {
            EventTypes.PaymentIntentAmountCapturableUpdated => ProviderOutcome.Authorized,
            EventTypes.PaymentIntentPaymentFailed => ProviderOutcome.Declined,
            EventTypes.PaymentIntentCanceled => ProviderOutcome.Canceled,
            _ => null,
        };
        var card = intent.LatestCharge?.PaymentMethodDetails?.Card;
        return outcome is { } decided
            ? new ProviderEvent(received.Id, intent.Id, decided, card?.Brand, card?.Last4, intent.LastPaymentError?.DeclineCode ?? intent.LastPaymentError?.Code,
                intent.CancellationReason, ReceiptUrl: intent.LatestCharge?.ReceiptUrl)
            : null;
    }
}
