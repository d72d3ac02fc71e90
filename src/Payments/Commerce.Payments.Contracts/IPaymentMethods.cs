namespace Commerce.Payments.Contracts;

/// <summary>
/// Whether the configured provider can take a payment method token, asked at checkout so a token it will never
/// accept is a 400 there rather than a cancelled order later.
/// </summary>
public interface IPaymentMethods
{
    /// <summary>The largest token accepted, in characters.</summary>
    const int MaxTokenLength = 255;

    bool Accepts(string paymentMethodId);
}
