using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Commerce.Users.Infrastructure.TokenServer;

/// <summary>
/// Password sign-ins are budgeted per account and per client address (<c>Users:SignInLimits</c>). Lockout stops
/// guessing one account's password; the address budget stops one client trying a few passwords on many accounts.
/// Runs before the password is checked, so a refused try costs no hashing and counts towards no lockout.
/// </summary>
internal sealed class SignInThrottle(SignInLimits limits) : IOpenIddictServerHandler<ValidateTokenRequestContext>, IDisposable
{
    private readonly PartitionedRateLimiter<string> perAccount = Limiter(limits.PerAccount);
    private readonly PartitionedRateLimiter<string> perAddress = Limiter(limits.PerAddress);

    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateTokenRequestContext>().UseSingletonHandler<SignInThrottle>().Build();

    public ValueTask HandleAsync(ValidateTokenRequestContext context)
    {
        if (!limits.Enabled || !context.Request.IsPasswordGrantType())
        {
            return ValueTask.CompletedTask;
        }

        var http = context.Transaction.GetHttpRequest()?.HttpContext;
        var account = (context.Request.Username ?? string.Empty).Trim().ToUpperInvariant();
        var address = http?.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        using var byAddress = perAddress.AttemptAcquire(address);
        using var byAccount = perAccount.AttemptAcquire(account);
        if ((byAddress.IsAcquired ? byAccount : byAddress) is { IsAcquired: false } refused)
        {
            var wait = refused.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
            var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            http?.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            context.Reject(Errors.TemporarilyUnavailable, $"Too many sign-in attempts; retry after {seconds} s.");
        }

        return ValueTask.CompletedTask;
    }

    public void Dispose()
    {
        perAccount.Dispose();
        perAddress.Dispose();
    }

    private static PartitionedRateLimiter<string> Limiter(SignInBudget budget) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = budget.PermitLimit,
            Window = budget.Window,
            QueueLimit = 0,
        }));
}

/// <summary>How many password sign-ins an account and a client address may try per window (<c>Users:SignInLimits</c>);
/// off where <c>RateLimiting:Enabled</c> is off.</summary>
public sealed class SignInLimits
{
    public const string Section = "Users:SignInLimits";

    public bool Enabled { get; set; } = true;

    public SignInBudget PerAccount { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(1) };

    public SignInBudget PerAddress { get; set; } = new() { PermitLimit = 30, Window = TimeSpan.FromMinutes(1) };
}

public sealed class SignInBudget
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }
}
