using System.Security.Cryptography;
using System.Text;
using Commerce.BuildingBlocks.Domain;

namespace Commerce.Payments.Domain.Payments;

/// <summary>
/// The one payment of an order, for its total in its currency. Pending → Authorized → Captured →
/// PartiallyRefunded/Refunded; Pending → Declined; Pending or Authorized → Voided; a failed capture leaves it
/// <see cref="PaymentStatus.Failed"/> until a retry captures it; an authorization the provider let go before the
/// capture (its window ended, or the provider cancelled it) leaves it <see cref="PaymentStatus.Expired"/>: nothing can
/// be captured any more. Each change is a line of <see cref="Changes"/>.
/// An order cancelled before its payment was asked for leaves a voided payment behind (a tombstone), so a late
/// request never authorizes money for it.
/// </summary>
public sealed class Payment
{
    public const int MaxRefundReasonLength = 500;

    /// <summary>Why an authorization ended at its time, and why a capture after that fails.</summary>
    public const string AuthorizationExpiredCode = "authorization_expired";

    /// <summary>The reason a refund made at the provider (not through the shop) is recorded with.</summary>
    public const string RefundedAtProviderReason = "Refunded at the payment provider.";

    private readonly List<PaymentChange> changes = [];

    private Payment()
    {
    }

    /// <summary>The order's id.</summary>
    public Guid Id { get; private set; }

    public decimal Amount { get; private set; }

    public string Currency { get; private set; } = string.Empty;

    /// <summary>The provider's token for the buyer's payment method; null for an order of the old shop, which the
    /// shop accepts without a provider (docs/decisions/0008).</summary>
    public string? PaymentMethodId { get; private set; }

    /// <summary>Where refunds are mailed; null when the buyer proved no address.</summary>
    public string? BuyerEmail { get; private set; }

    public PaymentStatus Status { get; private set; }

    /// <summary>The provider's id of the payment (a Stripe PaymentIntent's id).</summary>
    public string? ProviderReference { get; private set; }

    public string? CardBrand { get; private set; }

    public string? CardLast4 { get; private set; }

    /// <summary>While the buyer's challenge (3-D Secure) is open: what their browser completes it with.</summary>
    public string? ClientSecret { get; private set; }

    /// <summary>The provider's receipt page for the buyer (Stripe's charge <c>receipt_url</c>).</summary>
    public string? ReceiptUrl { get; private set; }

    public decimal AmountAuthorized { get; private set; }

    /// <summary>When the provider lets the authorization go unless it is captured first; null while nothing is held at a provider.</summary>
    public DateTimeOffset? AuthorizationExpiresAt { get; private set; }

    public decimal AmountCaptured { get; private set; }

    public decimal AmountRefunded { get; private set; }

    public int CaptureAttempts { get; private set; }

    public int RefundCount { get; private set; }

    /// <summary>Null while nobody disputes the payment; <c>open</c> while the buyer's bank does; then its outcome (<c>won</c>, <c>lost</c>…).</summary>
    public string? DisputeStatus { get; private set; }

    /// <summary>Counts the changes: the order keeps the payment's facts by it, so a late or repeated one changes nothing there.</summary>
    public int Version { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<PaymentChange> Changes
    {
        get => changes;
        private set
        {
            changes.Clear();
            changes.AddRange(value);
        }
    }

    /// <summary>Nothing to ask a provider: an order of the old shop, or one that costs nothing.</summary>
    public bool NeedsNoProvider => PaymentMethodId is null || Amount == 0;

    public bool IsPending => Status == PaymentStatus.Pending;

    /// <summary>Money is held, or may be once the provider answers: what a void releases.</summary>
    public bool MayHoldMoney => Status is PaymentStatus.Pending or PaymentStatus.Authorized;

    /// <summary>Authorized and not taken yet: what a capture (or its retry) takes.</summary>
    public bool AwaitsCapture => Status is PaymentStatus.Authorized or PaymentStatus.Failed;

    public static Payment Open(Guid orderId, decimal amount, string currency, string? paymentMethodId, string? buyerEmail, DateTimeOffset now)
    {
        if (!CurrencyCodes.IsKnown(currency))
        {
            throw new DomainException("unknown_currency", $"'{currency}' is not an ISO 4217 currency code.");
        }

        if (amount < 0 || !CurrencyCodes.FitsMinorUnits(amount, currency))
        {
            throw new DomainException("invalid_amount", $"A payment needs an amount of zero or more in whole units of {CurrencyCodes.Normalize(currency)}'s smallest unit.");
        }

        var payment = new Payment
        {
            Id = orderId,
            Amount = amount,
            Currency = CurrencyCodes.Normalize(currency),
            PaymentMethodId = paymentMethodId,
            BuyerEmail = buyerEmail,
            Status = PaymentStatus.Pending,
        };
        payment.Record("Opened", PaymentStatus.Pending, amount, null, null, now);
        return payment;
    }

    /// <summary>The order was cancelled before its payment was asked for: nothing is authorized, and nothing may be later.</summary>
    public static Payment VoidedBeforeOpened(Guid orderId, DateTimeOffset now)
    {
        var payment = new Payment { Id = orderId, Status = PaymentStatus.Voided };
        payment.Record("Voided", PaymentStatus.Voided, null, null, "order_cancelled_first", now);
        return payment;
    }

    /// <summary>The key a request to the provider carries for <paramref name="step"/>: a retry of the same step is
    /// the same request to the provider, never a second charge.</summary>
    public string IdempotencyKeyFor(string step) => $"payment-{Id:N}-{step}";

    /// <summary>The provider took the request and will decide later (a webhook tells).</summary>
    /// <summary>The buyer must complete the provider's challenge (3-D Secure) with <paramref name="clientSecret"/>; the
    /// provider's webhook then authorizes or declines.</summary>
    public void RequireAction(string providerReference, string clientSecret, DateTimeOffset now)
    {
        Require("wait for the buyer's challenge", PaymentStatus.Pending);
        ProviderReference = providerReference;
        ClientSecret = clientSecret;
        Record("ActionRequired", PaymentStatus.Pending, Amount, providerReference, null, now);
    }

    public void AwaitProvider(string providerReference, DateTimeOffset now)
    {
        Require("wait for the provider", PaymentStatus.Pending);
        ProviderReference = providerReference;
        Record("SentToProvider", PaymentStatus.Pending, Amount, providerReference, null, now);
    }

    /// <param name="lifetime">How long the provider holds an authorization; ignored when no provider holds one.</param>
    /// <param name="receiptUrl">The provider's page for the buyer, linked in the confirmation email; null where it has none.</param>
    public void Authorize(string? providerReference, string? cardBrand, string? cardLast4, string? receiptUrl, TimeSpan lifetime, DateTimeOffset now)
    {
        Require("be authorized", PaymentStatus.Pending);
        ProviderReference = providerReference ?? ProviderReference;
        CardBrand = cardBrand;
        CardLast4 = cardLast4;
        ReceiptUrl = receiptUrl;
        AmountAuthorized = Amount;
        AuthorizationExpiresAt = NeedsNoProvider ? null : now + lifetime;
        Status = PaymentStatus.Authorized;
        Record("Authorized", Status, Amount, ProviderReference, null, now);
    }

    /// <summary>The provider holds the amount again under a new authorization, before the old one lapsed; the old one is released.</summary>
    public void Reauthorize(string providerReference, TimeSpan lifetime, DateTimeOffset now)
    {
        Require("be re-authorized", PaymentStatus.Authorized);
        ProviderReference = providerReference;
        AuthorizationExpiresAt = now + lifetime;
        Record("Reauthorized", Status, AmountAuthorized, providerReference, null, now);
    }

    /// <summary>The provider would not renew the authorization: it lapses at <see cref="AuthorizationExpiresAt"/> unless captured before.</summary>
    public void RecordRenewalRefused(string code, DateTimeOffset now)
    {
        Require("have its authorization renewed", PaymentStatus.Authorized);
        Record("RenewalRefused", Status, AmountAuthorized, ProviderReference, code, now);
    }

    /// <summary>The authorization is gone before the capture (its window ended, or the provider cancelled it): nothing can be taken.</summary>
    public void Expire(string code, DateTimeOffset now)
    {
        Require("expire", PaymentStatus.Authorized);
        Status = PaymentStatus.Expired;
        Record("AuthorizationExpired", Status, AmountAuthorized, ProviderReference, code, now);
    }

    public void Decline(string? providerReference, string declineCode, DateTimeOffset now)
    {
        Require("be declined", PaymentStatus.Pending);
        ProviderReference = providerReference ?? ProviderReference;
        Status = PaymentStatus.Declined;
        Record("Declined", Status, Amount, ProviderReference, declineCode, now);
    }

    /// <summary>Nothing will be taken: the authorization (or the request still awaiting the provider) is cancelled.</summary>
    public void Void(DateTimeOffset now)
    {
        Require("be voided", PaymentStatus.Pending, PaymentStatus.Authorized);
        Status = PaymentStatus.Voided;
        Record("Voided", Status, AmountAuthorized, ProviderReference, null, now);
    }

    public void Capture(DateTimeOffset now)
    {
        Require("be captured", PaymentStatus.Authorized, PaymentStatus.Failed);
        CaptureAttempts++;
        AmountCaptured = AmountAuthorized;
        Status = PaymentStatus.Captured;
        Record("Captured", Status, AmountCaptured, ProviderReference, null, now);
    }

    public void FailCapture(string reason, DateTimeOffset now)
    {
        Require("fail a capture", PaymentStatus.Authorized, PaymentStatus.Failed);

        CaptureAttempts++;
        Status = PaymentStatus.Failed;
        Record("CaptureFailed", Status, AmountAuthorized, ProviderReference, reason, now);
    }

    /// <summary>
    /// The order shipped as its authorization lapsed (Ordering refuses to ship one it knows lapsed): nothing can be
    /// captured and no retry can change that, so the capture is recorded failed at once, for operators to see.
    /// </summary>
    /// <returns>Whether the authorization had lapsed; when not, the capture is the provider's to answer.</returns>
    public bool FailCaptureOfLapsedAuthorization(DateTimeOffset now)
    {
        if (Status != PaymentStatus.Expired)
        {
            return false;
        }

        CaptureAttempts++;
        Status = PaymentStatus.Failed;
        Record("CaptureFailed", Status, AmountAuthorized, ProviderReference, AuthorizationExpiredCode, now);
        return true;
    }

    /// <summary>Checks a refund before it is asked of the provider: the money refunded never exceeds what was captured.</summary>
    public void CheckRefund(decimal amount, string? reason)
    {
        Require("be refunded", PaymentStatus.Captured, PaymentStatus.PartiallyRefunded);
        if (amount <= 0 || !CurrencyCodes.FitsMinorUnits(amount, Currency))
        {
            throw new InvalidValueException("invalid_refund_amount",
                $"A refund needs a positive amount with at most {CurrencyCodes.MinorUnits(Currency)} decimals in {Currency}.");
        }

        if (amount > AmountCaptured - AmountRefunded)
        {
            throw new DomainException("refund_exceeds_captured", $"At most {AmountCaptured - AmountRefunded} {Currency} can still be refunded.");
        }

        var why = reason?.Trim();
        if (string.IsNullOrEmpty(why) || why.Length > MaxRefundReasonLength || !PlainText.IsPrintable(why))
        {
            throw new InvalidValueException("invalid_reason", $"A reason of 1 to {MaxRefundReasonLength} printable characters is required.");
        }
    }

    /// <summary>
    /// The provider's key of a refund: the client's own key when it gave one (two requests racing with it are one
    /// refund at the provider, and the second is refused here), else the next refund's number (a retried request for
    /// it is the same refund at the provider).
    /// </summary>
    public string RefundKeyFor(string? clientKey) => clientKey is null
        ? IdempotencyKeyFor($"refund-{RefundCount + 1}")
        : IdempotencyKeyFor($"refund-{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(clientKey)))[..32]}");

    public void Refund(decimal amount, string reason, string providerReference, DateTimeOffset now)
    {
        CheckRefund(amount, reason);
        RefundCount++;
        AmountRefunded += amount;
        Status = AmountRefunded == AmountCaptured ? PaymentStatus.Refunded : PaymentStatus.PartiallyRefunded;
        Record("Refunded", Status, amount, providerReference, reason.Trim(), now);
    }

    /// <summary>
    /// The provider reports <paramref name="refundedInAll"/> refunded so far: what the shop has not recorded yet was
    /// refunded at the provider (an operator in its dashboard) and is recorded now. A refund the shop made itself is
    /// recorded already, so its report changes nothing.
    /// </summary>
    /// <returns>Whether anything was recorded.</returns>
    public bool RecordRefundedAtProvider(decimal refundedInAll, string providerReference, DateTimeOffset now)
    {
        var amount = refundedInAll - AmountRefunded;
        if (Status is not (PaymentStatus.Captured or PaymentStatus.PartiallyRefunded) || amount <= 0)
        {
            return false;
        }

        Refund(decimal.Min(amount, AmountCaptured - AmountRefunded), RefundedAtProviderReason, providerReference, now);
        return true;
    }

    /// <summary>The buyer's bank disputes the payment: operators answer it at the provider.</summary>
    public void OpenDispute(decimal amount, string reason, string providerReference, DateTimeOffset now)
    {
        DisputeStatus = "open";
        Record("DisputeOpened", Status, amount, providerReference, reason, now);
    }

    /// <param name="outcome">The provider's word for it: <c>won</c>, <c>lost</c>, <c>warning_closed</c>…</param>
    public void CloseDispute(decimal amount, string outcome, string providerReference, DateTimeOffset now)
    {
        DisputeStatus = outcome;
        Record("DisputeClosed", Status, amount, providerReference, outcome, now);
    }

    private void Record(string type, PaymentStatus status, decimal? amount, string? reference, string? code, DateTimeOffset now)
    {
        Version++;
        UpdatedAt = now;
        // A challenge is open only while the payment waits for it.
        ClientSecret = status == PaymentStatus.Pending ? ClientSecret : null;
        changes.Add(new PaymentChange(Version, type, status, amount, reference, code, now));
    }

    private void Require(string action, params PaymentStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new InvalidStateException("invalid_payment_transition", $"A payment that is {Status} cannot {action}: only a {string.Join(" or ", allowed)} one can.", Status.ToString());
        }
    }
}
