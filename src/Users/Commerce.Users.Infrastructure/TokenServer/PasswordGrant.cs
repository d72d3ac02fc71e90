using Commerce.Users.Application.SignIn;
using MediatR;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Commerce.Users.Infrastructure.TokenServer;

/// <summary>
/// <c>grant_type=password</c>: the sign-in use case decides; each sign-in gets an authorization of its own, so
/// OpenIddict can revoke the whole family of refresh tokens when one of them is used twice.
/// </summary>
internal sealed class PasswordGrant(IMediator mediator, IOpenIddictApplicationManager applications, IOpenIddictAuthorizationManager authorizations)
    : IOpenIddictServerHandler<HandleTokenRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<HandleTokenRequestContext>().UseScopedHandler<PasswordGrant>().Build();

    public async ValueTask HandleAsync(HandleTokenRequestContext context)
    {
        if (!context.Request.IsPasswordGrantType())
        {
            return;
        }

        var account = await mediator.Send(new SignInWithPassword(context.Request.Username!, context.Request.Password!), context.CancellationToken);
        if (account is null)
        {
            // Unknown address, wrong password, locked out or disabled: one answer, so none of them can be told apart.
            context.Reject(Errors.InvalidGrant, "The email or password is not correct.");
            return;
        }

        var principal = AccountPrincipal.For(account, context.Request.GetScopes());
        var client = await applications.FindByClientIdAsync(context.ClientId!, context.CancellationToken)
            ?? throw new InvalidOperationException($"The client '{context.ClientId}' passed validation but is not registered.");
        var authorization = await authorizations.CreateAsync(
            principal, account.UserName, (await applications.GetIdAsync(client, context.CancellationToken))!, AuthorizationTypes.AdHoc,
            principal.GetScopes(), context.CancellationToken);
        principal.SetAuthorizationId(await authorizations.GetIdAsync(authorization, context.CancellationToken));
        context.SignIn(principal);
    }
}
