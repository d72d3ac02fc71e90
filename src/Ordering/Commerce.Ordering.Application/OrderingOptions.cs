namespace Commerce.Ordering.Application;

public sealed class OrderingOptions
{
    public const string Section = "Ordering";

    /// <summary>How long a placed order waits for its stock and its payment before it is cancelled (<c>timed_out</c>).</summary>
    public TimeSpan CheckoutTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a confirmed order whose payment's authorization lapsed keeps its stock for staff to act,
    /// before it is cancelled (<c>payment_expired</c>).</summary>
    public TimeSpan ExpiredPaymentGrace { get; init; } = TimeSpan.FromDays(2);
}
