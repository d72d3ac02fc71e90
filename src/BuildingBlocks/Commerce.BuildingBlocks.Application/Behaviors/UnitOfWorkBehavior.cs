using Commerce.BuildingBlocks.Application.Messaging;
using MediatR;

namespace Commerce.BuildingBlocks.Application.Behaviors;

/// <summary>
/// Commits a command's changes once its handler returned, so handlers never call SaveChanges and a handler that
/// throws leaves nothing half-written. Constrained to commands, so the container never builds it (nor the write
/// session behind <see cref="IUnitOfWork"/>) for a query.
/// </summary>
public sealed class UnitOfWorkBehavior<TRequest, TResponse>(IUnitOfWork unitOfWork) : IPipelineBehavior<TRequest, TResponse>
    where TRequest : ICommand<TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var response = await next();
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return response;
    }
}
