using Commerce.BuildingBlocks.Domain;
using Commerce.Users.Application.Accounts;
using Commerce.Users.Application.Ports;
using MediatR;

namespace Commerce.Users.Application.VerifyEmail;

internal sealed class VerifyEmailHandler(CodeTries codes, IAccountProofs proofs) : IRequestHandler<VerifyEmail, Unit>
{
    public async Task<Unit> Handle(VerifyEmail request, CancellationToken cancellationToken) =>
        await codes.TryAsync(EmailAddress.Required(request.Email), id => proofs.ConfirmEmailAsync(id, request.Code!, cancellationToken), cancellationToken) is not null
            ? Unit.Value
            : throw AccountCodes.Refused();
}
