using Commerce.Users.Application.Ports;
using Commerce.Users.Domain.Accounts;
using MediatR;

namespace Commerce.Users.Application.SignIn;

internal sealed class SignInWithPasswordHandler(IAccountProofs proofs, IAccounts accounts, TimeProvider clock) : IRequestHandler<SignInWithPassword, Account?>
{
    public async Task<Account?> Handle(SignInWithPassword request, CancellationToken cancellationToken)
    {
        var account = await proofs.CheckPasswordAsync(request.Email.Trim(), request.Password, cancellationToken);
        if (account is not { MaySignIn: true })
        {
            return null;
        }

        await accounts.RecordSignInAsync(account.Id, clock.GetUtcNow(), cancellationToken);
        return account;
    }
}
