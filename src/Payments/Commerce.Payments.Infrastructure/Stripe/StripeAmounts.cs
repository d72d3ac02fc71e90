using System.Collections.Frozen;
using System.Globalization;
using Commerce.BuildingBlocks.Domain;

namespace Commerce.Payments.Infrastructure.Stripe;

/// <summary>Stripe counts money in the currency's smallest unit: cents, but whole yen.</summary>
internal static class StripeAmounts
{
    // Stripe's zero-decimal currencies (docs.stripe.com/currencies#zero-decimal).
    private static readonly FrozenSet<string> ZeroDecimal = new[]
    {
        "BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Three-decimal currencies, whose amounts Stripe takes in thousandths rounded to tens.
    private static readonly FrozenSet<string> ThreeDecimal = new[] { "BHD", "JOD", "KWD", "OMR", "TND" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static long ToMinorUnits(decimal amount, string currency)
    {
        var factor = FactorOf(currency);
        var minor = amount * factor;
        return decimal.Round(minor) == minor
            ? decimal.ToInt64(minor)
            // ISO 4217 allows it and Stripe does not (it counts MGA in whole units): a refusal, not a crash.
            : throw new DomainException("amount_not_supported", string.Create(CultureInfo.InvariantCulture, $"Stripe cannot take {amount} {currency}: it counts {currency} in steps of {1m / factor}."));
    }

    public static decimal FromMinorUnits(long minor, string currency) => minor / FactorOf(currency);

    public static string Code(string currency) => currency.ToLowerInvariant();

    private static decimal FactorOf(string currency) => ZeroDecimal.Contains(currency) ? 1m : ThreeDecimal.Contains(currency) ? 1000m : 100m;
}
