using Commerce.BuildingBlocks.Domain;
using Commerce.Users.Application.Accounts;
using Commerce.Users.Application.Ports;
using MediatR;

namespace Commerce.Users.Application.VerifyEmail;

internal sealed class VerifyEmailHandler(IAccounts accounts) : IRequestHandler<VerifyEmail, Unit>
{
    public async Task<Unit> Handle(VerifyEmail request, CancellationToken cancellationToken) =>
        await accounts.VerifyEmailAsync(EmailAddress.Required(request.Email), request.Code!, cancellationToken)
            ? Unit.Value
            : throw AccountCodes.Refused();
}
