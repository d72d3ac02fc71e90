using Commerce.BuildingBlocks.Domain;
using Commerce.Users.Application.Accounts;
using Commerce.Users.Application.Ports;
using Commerce.Users.Contracts;
using MediatR;

namespace Commerce.Users.Application.ResetPassword;

internal sealed class ResetPasswordHandler(CodeTries codes, IAccountProofs proofs, IAccounts accounts, ISignIns signIns, IAccountsOutbox outbox, TimeProvider clock)
    : IRequestHandler<ResetPassword, bool>
{
    public async Task<bool> Handle(ResetPassword request, CancellationToken cancellationToken)
    {
        var account = await codes.TryAsync(
            EmailAddress.Required(request.Email), id => proofs.ResetPasswordAsync(id, request.Code!, request.NewPassword!, cancellationToken), cancellationToken);
        if (account is null)
        {
            return false;
        }

        // The code reached the mailbox: that proves the address too.
        await accounts.MarkEmailVerifiedAsync(account.Id, cancellationToken);

        // Whoever knew the old password may hold a sign-in made with it.
        await signIns.EndAllAsync(account.Id, cancellationToken);
        await outbox.PublishAsync(new PasswordReset(account.Id, account.Email, account.DisplayName, clock.GetUtcNow()), cancellationToken);
        return true;
    }
}
