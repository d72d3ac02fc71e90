namespace Commerce.Ordering.Domain.Orders;

/// <summary>Why an order was cancelled, as a code clients can act on (the reason is the sentence for people).</summary>
public static class CancellationCodes
{
    public const string PaymentDeclined = "payment_declined";
    public const string OutOfStock = "out_of_stock";
    public const string TimedOut = "timed_out";
    public const string ByCustomer = "cancelled_by_customer";
    public const string ByStaff = "cancelled_by_staff";
    public const string PaymentExpired = "payment_expired";
}
