using Commerce.BuildingBlocks.Domain;
using Commerce.Users.Application.Ports;
using Commerce.Users.Contracts;
using Commerce.Users.Domain.Accounts;
using MediatR;

namespace Commerce.Users.Application.RegisterUser;

internal sealed class RegisterUserHandler(IAccounts accounts, IAccountProofs proofs, IAccountsOutbox outbox, TimeProvider clock) : IRequestHandler<RegisterUser, Unit>
{
    public async Task<Unit> Handle(RegisterUser request, CancellationToken cancellationToken)
    {
        var registration = await accounts.RegisterAsync(EmailAddress.Required(request.Email), Account.ValidDisplayName(request.Name), request.Password!, cancellationToken);
        var account = registration.Account;
        if (registration.NeedsVerification)
        {
            var code = await proofs.NewCodeAsync(account.Id, CodePurpose.EmailVerification, cancellationToken);
            await outbox.PublishAsync(new EmailVerificationRequested(account.Id, account.Email, account.DisplayName, code.Value, code.ExpiresAt), cancellationToken);
        }
        else
        {
            await outbox.PublishAsync(new SignUpRepeated(account.Id, account.Email, account.DisplayName, clock.GetUtcNow()), cancellationToken);
        }

        return Unit.Value;
    }
}
