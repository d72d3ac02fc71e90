namespace Commerce.Payments.Contracts;

// What Payments tells other contexts, on SQS as plain JSON (camelCase). Each event carries the payment's standing
// after it (status, amounts, version): a consumer keeps the newest by version, so events that arrive late, twice or
// out of order change nothing. Add fields, never rename or remove them.

/// <param name="Version">Counts the payment's changes; a higher one is newer.</param>
/// <param name="Status">Pending, Authorized, Captured, PartiallyRefunded, Refunded, Declined, Voided, Failed or Expired.</param>
public sealed record PaymentStanding(int Version, string Status, decimal AmountAuthorized, decimal AmountCaptured, decimal AmountRefunded, string Currency);

/// <param name="ReceiptUrl">The provider's receipt page for the buyer; null where it has none.</param>
public sealed record PaymentAuthorized(Guid OrderId, PaymentStanding Standing, string? CardBrand, string? CardLast4, DateTimeOffset AuthorizedAt, string? ReceiptUrl = null);

/// <summary>The buyer must complete the provider's challenge (3-D Secure): their browser does, with <paramref name="ClientSecret"/>
/// (Stripe.js <c>handleNextAction</c>); the provider's webhook then authorizes or declines the payment.</summary>
public sealed record PaymentActionRequired(Guid OrderId, PaymentStanding Standing, string ClientSecret, DateTimeOffset At);

/// <param name="DeclineCode">The provider's code: <c>card_declined</c>, <c>insufficient_funds</c>…</param>
public sealed record PaymentDeclined(Guid OrderId, PaymentStanding Standing, string DeclineCode, DateTimeOffset DeclinedAt);

public sealed record PaymentVoided(Guid OrderId, PaymentStanding Standing, DateTimeOffset VoidedAt);

public sealed record PaymentCaptured(Guid OrderId, PaymentStanding Standing, DateTimeOffset CapturedAt);

/// <summary>The capture failed; it is retried, and operators see the payment Failed meanwhile.</summary>
public sealed record PaymentCaptureFailed(Guid OrderId, PaymentStanding Standing, string Reason, DateTimeOffset FailedAt);

public sealed record RefundIssued(Guid OrderId, PaymentStanding Standing, decimal Amount, string Reason, string? BuyerEmail, DateTimeOffset IssuedAt);

/// <summary>The provider would not renew the authorization: unless the order ships before <paramref name="ExpiresAt"/>, nothing can be captured.</summary>
public sealed record PaymentAuthorizationExpiring(Guid OrderId, PaymentStanding Standing, DateTimeOffset ExpiresAt, string Reason, DateTimeOffset At);

/// <summary>The authorization is gone before the capture (its window ended, or the provider cancelled it): the order cannot ship on it.</summary>
/// <param name="Reason"><c>authorization_expired</c>, or the provider's reason for cancelling it.</param>
public sealed record PaymentAuthorizationExpired(Guid OrderId, PaymentStanding Standing, string Reason, DateTimeOffset ExpiredAt);

/// <summary>The buyer's bank disputes the payment (a chargeback): operators answer it at the provider before its deadline.</summary>
/// <param name="Reason">The provider's reason: <c>fraudulent</c>, <c>product_not_received</c>…</param>
public sealed record PaymentDisputeOpened(Guid OrderId, PaymentStanding Standing, decimal Amount, string Reason, DateTimeOffset OpenedAt);

/// <param name="Outcome"><c>won</c> (the money stays), <c>lost</c> (it went back to the buyer), or the provider's other word for it.</param>
public sealed record PaymentDisputeClosed(Guid OrderId, PaymentStanding Standing, decimal Amount, string Outcome, DateTimeOffset ClosedAt);
