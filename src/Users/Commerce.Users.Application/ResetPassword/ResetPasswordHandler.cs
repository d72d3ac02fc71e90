using Commerce.BuildingBlocks.Domain;
using Commerce.Users.Application.Ports;
using Commerce.Users.Contracts;
using MediatR;

namespace Commerce.Users.Application.ResetPassword;

internal sealed class ResetPasswordHandler(IAccounts accounts, ISignIns signIns, IAccountsOutbox outbox, TimeProvider clock) : IRequestHandler<ResetPassword, bool>
{
    public async Task<bool> Handle(ResetPassword request, CancellationToken cancellationToken)
    {
        var account = await accounts.ResetPasswordAsync(EmailAddress.Required(request.Email), request.Code!, request.NewPassword!, cancellationToken);
        if (account is null)
        {
            return false;
        }

        // Whoever knew the old password may hold a sign-in made with it.
        await signIns.EndAllAsync(account.Id, cancellationToken);
        await outbox.PublishAsync(new PasswordReset(account.Id, account.Email, account.DisplayName, clock.GetUtcNow()), cancellationToken);
        return true;
    }
}
