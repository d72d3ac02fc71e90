using Commerce.Users.Application.Ports;
using MediatR;

namespace Commerce.Users.Application.Accounts;

/// <summary>
/// Runs an account change in one transaction with its events, committed once the handler returned: a handler that
/// throws leaves neither a half-made change nor an event about it (the transaction ends with the scope, rolled back).
/// </summary>
public sealed class AccountChangeBehavior<TRequest, TResponse>(IAccountsOutbox outbox) : IPipelineBehavior<TRequest, TResponse>
    where TRequest : IAccountChange<TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        await outbox.BeginAsync(cancellationToken);
        var response = await next();
        await outbox.CommitAsync(cancellationToken);
        return response;
    }
}
