using Commerce.BuildingBlocks.Domain;
using Commerce.Users.Application.Ports;
using Commerce.Users.Domain.Accounts;
using MediatR;

namespace Commerce.Users.Application.RegisterUser;

internal sealed class RegisterUserHandler(IAccounts accounts) : IRequestHandler<RegisterUser, Unit>
{
    public async Task<Unit> Handle(RegisterUser request, CancellationToken cancellationToken)
    {
        await accounts.RegisterAsync(EmailAddress.Required(request.Email), Account.ValidDisplayName(request.Name), request.Password!, cancellationToken);
        return Unit.Value;
    }
}
