using Commerce.Users.Application.Ports;
using Commerce.Users.Domain.Accounts;
using MediatR;

namespace Commerce.Users.Application.SignIn;

internal sealed class RenewSignInHandler(IAccounts accounts) : IRequestHandler<RenewSignIn, Account?>
{
    public async Task<Account?> Handle(RenewSignIn request, CancellationToken cancellationToken)
    {
        var account = await accounts.FindAsync(request.AccountId, cancellationToken);
        return account is not null && account.StillSignedIn(request.SecurityStampAtSignIn) ? account : null;
    }
}
