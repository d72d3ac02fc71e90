using System.Diagnostics;
using Commerce.BuildingBlocks.Application.Diagnostics;
using MediatR;

namespace Commerce.BuildingBlocks.Application.Behaviors;

/// <summary>A span per use case, named after it, child of the request or message that started it.</summary>
public sealed class TracingBehavior<TRequest, TResponse> : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly string UseCase = typeof(TRequest).Name;

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        using var activity = CommerceDiagnostics.Source.StartActivity(UseCase);
        activity?.SetTag("commerce.use_case", UseCase);
        try
        {
            return await next();
        }
        catch (Exception exception)
        {
            activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            throw;
        }
    }
}
