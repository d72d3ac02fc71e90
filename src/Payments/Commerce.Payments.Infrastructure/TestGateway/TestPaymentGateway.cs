using Commerce.Payments.Application.Ports;
using Commerce.Payments.Contracts;

namespace Commerce.Payments.Infrastructure.TestGateway;

/// <summary>
/// The provider of development and tests: answers as Stripe's test mode does for its test tokens, plus three of ours
/// (<see cref="CaptureFails"/>, <see cref="NoAnswer"/>, <see cref="NotRenewable"/>). It keeps no state: what a payment does is written in its
/// reference, so any node (and a restarted one) answers the same. <see cref="AuthenticationRequired"/> asks for a
/// 3-D Secure challenge, whose end its webhook (<see cref="TestProviderWebhooks"/>) tells.
/// </summary>
internal sealed class TestPaymentGateway(TestGatewayOptions options) : IPaymentGateway, IPaymentMethods
{
    public const string Visa = "pm_card_visa";
    public const string Mastercard = "pm_card_mastercard";
    public const string Declined = "pm_card_visa_chargeDeclined";
    public const string InsufficientFunds = "pm_card_visa_chargeDeclinedInsufficientFunds";
    public const string CaptureFails = "pm_card_capture_fails";
    public const string NoAnswer = "pm_card_no_answer";
    public const string NotRenewable = "pm_card_reauthorization_refused";
    public const string AuthenticationRequired = "pm_card_authenticationRequired";

    /// <summary>What the test provider hands the browser for a challenge: the reference and a suffix, as Stripe's are.</summary>
    public static string ClientSecretOf(string reference) => $"{reference}_secret_test";

    private const string CaptureFailsMark = "_capturefails";

    private static readonly Dictionary<string, (GatewayDecision Decision, string Brand, string Last4, string? DeclineCode)> Cards = new(StringComparer.Ordinal)
    {
        [Visa] = (GatewayDecision.Authorized, "visa", "4242", null),
        [Mastercard] = (GatewayDecision.Authorized, "mastercard", "4444", null),
        [Declined] = (GatewayDecision.Declined, "visa", "0002", "card_declined"),
        [InsufficientFunds] = (GatewayDecision.Declined, "visa", "9995", "insufficient_funds"),
        [CaptureFails] = (GatewayDecision.Authorized, "visa", "0341", null),
        [NoAnswer] = (GatewayDecision.Pending, "visa", "3220", null),
        [NotRenewable] = (GatewayDecision.Authorized, "visa", "1881", null),
        [AuthenticationRequired] = (GatewayDecision.ActionRequired, "visa", "3184", null),
    };

    public bool Accepts(string paymentMethodId) => Cards.ContainsKey(paymentMethodId);

    public async Task<GatewayAuthorization> AuthorizeAsync(AuthorizationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await AnswerAsync(cancellationToken);
        var card = Cards.TryGetValue(request.PaymentMethodId, out var known)
            ? known
            : throw new Commerce.BuildingBlocks.Domain.DomainException("unknown_payment_method", $"The test provider does not know '{request.PaymentMethodId}'.");
        var reference = $"pi_test_{request.OrderId:N}" + (request.PaymentMethodId == CaptureFails ? CaptureFailsMark : string.Empty);
        return new GatewayAuthorization(card.Decision, reference, card.Brand, card.Last4, card.DeclineCode,
            ClientSecret: card.Decision == GatewayDecision.ActionRequired ? ClientSecretOf(reference) : null);
    }

    /// <summary>Every card it authorizes renews, as a card saved for later use does, but <see cref="NotRenewable"/>.</summary>
    public async Task<GatewayAuthorization> ReauthorizeAsync(AuthorizationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await AnswerAsync(cancellationToken);
        if (request.PaymentMethodId == NotRenewable)
        {
            return new GatewayAuthorization(GatewayDecision.Declined, null, DeclineCode: "reauthorization_refused");
        }

        var card = Cards[request.PaymentMethodId];
        var renewal = request.IdempotencyKey[(request.IdempotencyKey.LastIndexOf('-') + 1)..];
        var reference = $"pi_test_{request.OrderId:N}_r{renewal}" + (request.PaymentMethodId == CaptureFails ? CaptureFailsMark : string.Empty);
        return new GatewayAuthorization(GatewayDecision.Authorized, reference, card.Brand, card.Last4);
    }

    public async Task<GatewayCapture> CaptureAsync(string providerReference, decimal amount, string currency, string idempotencyKey, CancellationToken cancellationToken)
    {
        await AnswerAsync(cancellationToken);
        return providerReference.EndsWith(CaptureFailsMark, StringComparison.Ordinal)
            ? new GatewayCapture(false, "capture_failed")
            : new GatewayCapture(true);
    }

    public Task VoidAsync(string providerReference, string idempotencyKey, CancellationToken cancellationToken) => AnswerAsync(cancellationToken);

    public async Task<string> RefundAsync(string providerReference, decimal amount, string currency, string idempotencyKey, CancellationToken cancellationToken)
    {
        await AnswerAsync(cancellationToken);
        return $"re_test_{idempotencyKey}";
    }

    /// <summary>The fault suite makes the provider slow (<see cref="TestGatewayOptions.Delay"/>) or away.</summary>
    private async Task AnswerAsync(CancellationToken cancellationToken)
    {
        if (options.Unavailable)
        {
            throw new HttpRequestException("The test payment provider is configured unavailable (Payments:TestGateway:Unavailable).");
        }

        if (options.Delay > TimeSpan.Zero)
        {
            await Task.Delay(options.Delay, cancellationToken);
        }
    }
}

public sealed class TestGatewayOptions
{
    public const string Section = "Payments:TestGateway";

    /// <summary>How long each answer takes.</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>Every request fails as a provider that is down does.</summary>
    public bool Unavailable { get; init; }
}
