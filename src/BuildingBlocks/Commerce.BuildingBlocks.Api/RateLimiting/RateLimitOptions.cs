namespace Commerce.BuildingBlocks.Api.RateLimiting;

/// <summary>
/// Requests allowed per client (the token's user, or the IP address of an anonymous caller) in a fixed window.
/// <see cref="Global"/> applies to every request; a named policy of <see cref="Policies"/> adds its own budget to
/// the endpoints that ask for it (checkout asks for <c>checkout</c>).
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimiting";

    public bool Enabled { get; set; } = true;

    public RateLimitPolicy Global { get; set; } = new() { PermitLimit = 600, Window = TimeSpan.FromMinutes(1) };

    public Dictionary<string, RateLimitPolicy> Policies { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        [RatePolicies.Checkout] = new() { PermitLimit = 30, Window = TimeSpan.FromMinutes(1) },
        [RatePolicies.AccountCodes] = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(1) },
    };
}

public sealed class RateLimitPolicy
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }
}

/// <summary>Names of the policies endpoints ask for.</summary>
public static class RatePolicies
{
    public const string Checkout = "checkout";

    /// <summary>Routes that send an email or check a code from one (sign-up, verification, password reset): each
    /// try costs a message to someone's mailbox, or is a guess at six digits.</summary>
    public const string AccountCodes = "account-codes";

    public static readonly IReadOnlyList<string> All = [Checkout, AccountCodes];
}
