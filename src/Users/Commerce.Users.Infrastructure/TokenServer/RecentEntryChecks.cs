using Microsoft.Extensions.Caching.Memory;
using OpenIddict.Abstractions;
using OpenIddict.Validation;
using static OpenIddict.Validation.OpenIddictValidationEvents;
using static OpenIddict.Validation.OpenIddictValidationHandlers.Protection;

namespace Commerce.Users.Infrastructure.TokenServer;

/// <summary>
/// OpenIddict validation checks each of the shop's access tokens against its token entry and its sign-in's
/// (authorization) entry, so a revocation ends it. Those are two database reads a request, about half of what a
/// basket read costs (docs/benchmarks.md), so a token that passed is taken as passed for
/// <see cref="TokenServerOptions.EntryCheckLifetime"/>: a revocation holds on every node within that time.
/// The checks stay OpenIddict's; this only skips them while a recent pass stands.
/// </summary>
internal sealed class RecentEntryChecks(TokenServerOptions options) : IDisposable
{
    private readonly MemoryCache passed = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    /// <summary>OpenIddict's entry handlers, each run only while the token has no recent pass.</summary>
    public static readonly OpenIddictValidationHandlerDescriptor[] Checks = [RestoreTokenEntryProperties.Descriptor, ValidateTokenEntry.Descriptor, ValidateAuthorizationEntry.Descriptor];

    public static void Install(OpenIddictValidationOptions validation)
    {
        for (var index = 0; index < validation.Handlers.Count; index++)
        {
            if (Array.IndexOf(Checks, validation.Handlers[index]) >= 0)
            {
                validation.Handlers[index] = OpenIddictValidationHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
                    .Import(validation.Handlers[index]).AddFilter<UnlessPassedRecently>().Build();
            }
        }

        validation.Handlers.Add(RecordPass.Descriptor);
    }

    private bool PassedRecently(string tokenId) => passed.TryGetValue(tokenId, out _);

    private void Record(string tokenId)
    {
        if (options.EntryCheckLifetime > TimeSpan.Zero)
        {
            passed.Set(tokenId, true, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = options.EntryCheckLifetime, Size = 1 });
        }
    }

    public void Dispose() => passed.Dispose();

    internal sealed class UnlessPassedRecently(RecentEntryChecks checks) : IOpenIddictValidationHandlerFilter<ValidateTokenContext>
    {
        public ValueTask<bool> IsActiveAsync(ValidateTokenContext context) =>
            new(context.Principal?.GetTokenId() is not { Length: > 0 } id || !checks.PassedRecently(id));
    }

    /// <summary>After the entry checks: a token still standing passed them (or had passed recently).</summary>
    internal sealed class RecordPass(RecentEntryChecks checks) : IOpenIddictValidationHandler<ValidateTokenContext>
    {
        public static OpenIddictValidationHandlerDescriptor Descriptor { get; } =
            OpenIddictValidationHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
                .UseSingletonHandler<RecordPass>()
                .SetOrder(ValidateAuthorizationEntry.Descriptor.Order + 500)
                .Build();

        public ValueTask HandleAsync(ValidateTokenContext context)
        {
            if (!context.IsRejected && context.Principal?.GetTokenId() is { Length: > 0 } id && !checks.PassedRecently(id))
            {
                checks.Record(id);
            }

            return ValueTask.CompletedTask;
        }
    }
}
