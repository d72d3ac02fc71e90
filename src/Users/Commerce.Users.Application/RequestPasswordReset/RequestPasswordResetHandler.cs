using Commerce.BuildingBlocks.Domain;
using Commerce.Users.Application.Ports;
using Commerce.Users.Contracts;
using Commerce.Users.Domain.Accounts;
using MediatR;

namespace Commerce.Users.Application.RequestPasswordReset;

internal sealed class RequestPasswordResetHandler(IAccounts accounts, IAccountProofs proofs, IAccountsOutbox outbox) : IRequestHandler<RequestPasswordReset, Unit>
{
    public async Task<Unit> Handle(RequestPasswordReset request, CancellationToken cancellationToken)
    {
        if (await accounts.FindByEmailAsync(EmailAddress.Required(request.Email), cancellationToken) is { MaySignIn: true } account)
        {
            var code = await proofs.NewCodeAsync(account.Id, CodePurpose.PasswordReset, cancellationToken);
            await outbox.PublishAsync(new PasswordResetRequested(account.Id, account.Email, account.DisplayName, code.Value, code.ExpiresAt), cancellationToken);
        }

        return Unit.Value;
    }
}
