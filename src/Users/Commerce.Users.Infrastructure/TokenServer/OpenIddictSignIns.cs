using Commerce.Users.Application.Ports;
using OpenIddict.Abstractions;

namespace Commerce.Users.Infrastructure.TokenServer;

internal sealed class OpenIddictSignIns(IOpenIddictAuthorizationManager authorizations, IOpenIddictTokenManager tokens) : ISignIns
{
    public async Task EndAllAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var subject = accountId.ToString();
        await authorizations.RevokeBySubjectAsync(subject, cancellationToken);
        await tokens.RevokeBySubjectAsync(subject, cancellationToken);
    }
}
