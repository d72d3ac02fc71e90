using Commerce.Users.Application.SignIn;
using MediatR;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Commerce.Users.Infrastructure.TokenServer;

/// <summary>
/// <c>grant_type=refresh_token</c>: OpenIddict has checked the token (and revoked its family if it was used
/// before); the account must still hold the sign-in, and the new tokens say what the account is now.
/// </summary>
internal sealed class RefreshGrant(IMediator mediator) : IOpenIddictServerHandler<HandleTokenRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<HandleTokenRequestContext>().UseScopedHandler<RefreshGrant>().Build();

    public async ValueTask HandleAsync(HandleTokenRequestContext context)
    {
        if (!context.Request.IsRefreshTokenGrantType())
        {
            return;
        }

        var signedIn = context.Principal ?? throw new InvalidOperationException("OpenIddict attached no principal to a validated refresh token.");
        var account = Guid.TryParse(signedIn.GetClaim(Claims.Subject), out var id)
            ? await mediator.Send(new RenewSignIn(id, signedIn.GetClaim(AccountPrincipal.SecurityStampClaim)), context.CancellationToken)
            : null;
        if (account is null)
        {
            context.Reject(Errors.InvalidGrant, "The refresh token is no longer valid; sign in again.");
            return;
        }

        var principal = AccountPrincipal.For(account, signedIn.GetScopes());
        principal.SetAuthorizationId(signedIn.GetAuthorizationId());
        context.SignIn(principal);
    }
}
