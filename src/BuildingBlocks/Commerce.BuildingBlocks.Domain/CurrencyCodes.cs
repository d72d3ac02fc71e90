using System.Collections.Frozen;

namespace Commerce.BuildingBlocks.Domain;

/// <summary>
/// Active ISO 4217 currency codes and their minor units (how many decimals an amount in each may have: JPY 0, USD 2,
/// KWD 3). Kept in code rather than read from the OS: the host runs with invariant globalization, and a price must
/// not become invalid because a machine lacks culture data. Every amount that enters the shop is checked against
/// <see cref="FitsMinorUnits"/>, by the validators and again by the domain.
/// </summary>
public static class CurrencyCodes
{
    /// <summary>The most decimals any currency has: what a validator allows before it knows the currency.</summary>
    public const int MaxMinorUnits = 3;

    // ISO 4217's exponents other than 2.
    private static readonly FrozenDictionary<string, int> OtherMinorUnits = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["BIF"] = 0, ["CLP"] = 0, ["DJF"] = 0, ["GNF"] = 0, ["ISK"] = 0, ["JPY"] = 0, ["KMF"] = 0, ["KRW"] = 0, ["PYG"] = 0,
        ["RWF"] = 0, ["UGX"] = 0, ["VND"] = 0, ["VUV"] = 0, ["XAF"] = 0, ["XOF"] = 0, ["XPF"] = 0,
        ["BHD"] = 3, ["IQD"] = 3, ["JOD"] = 3, ["KWD"] = 3, ["LYD"] = 3, ["OMR"] = 3, ["TND"] = 3,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Known = new[]
    {
        "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD", "BIF",
        "BMD", "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF", "CLP", "CNY", "COP", "CRC",
        "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS",
        "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD",
        "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL",
        "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MYR", "MZN", "NAD",
        "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD",
        "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP",
        "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "UYU", "UZS", "VES",
        "VND", "VUV", "WST", "XAF", "XCD", "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWG",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Case and surrounding spaces do not matter: <c>" usd"</c> is USD.</summary>
    public static bool IsKnown(string? code) => code is not null && Known.Contains(Normalize(code));

    public static string Normalize(string code) => code.Trim().ToUpperInvariant();

    /// <summary>The decimals an amount in a known <paramref name="code"/> may have.</summary>
    public static int MinorUnits(string code) =>
        IsKnown(code) ? OtherMinorUnits.GetValueOrDefault(Normalize(code), 2) : throw new ArgumentException($"'{code}' is not an ISO 4217 currency code.", nameof(code));

    /// <summary>The amount is a whole number of the currency's smallest unit (1 JPY, 0.01 USD, 0.001 KWD).</summary>
    public static bool FitsMinorUnits(decimal amount, string code) => decimal.Round(amount, MinorUnits(code)) == amount;
}
