namespace Commerce.Ordering.Application;

public sealed class OrderingOptions
{
    public const string Section = "Ordering";

    /// <summary>How long a placed order waits for its stock and its payment before it is cancelled (<c>timed_out</c>).</summary>
    public TimeSpan CheckoutTimeout { get; init; } = TimeSpan.FromMinutes(10);
}
