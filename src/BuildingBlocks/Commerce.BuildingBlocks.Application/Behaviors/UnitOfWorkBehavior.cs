using Commerce.BuildingBlocks.Application.Messaging;
using MediatR;

namespace Commerce.BuildingBlocks.Application.Behaviors;

/// <summary>
/// Commits a command's changes once its handler returned, so handlers never call SaveChanges and a handler that
/// throws leaves nothing half-written.
/// </summary>
public sealed class UnitOfWorkBehavior<TRequest, TResponse>(IUnitOfWork unitOfWork) : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly bool IsCommand = typeof(TRequest).GetInterfaces()
        .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>));

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var response = await next();
        if (IsCommand)
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }

        return response;
    }
}
