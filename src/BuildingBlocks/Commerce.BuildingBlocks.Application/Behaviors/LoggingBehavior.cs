using System.Diagnostics;
using MediatR;
using Microsoft.Extensions.Logging;

namespace Commerce.BuildingBlocks.Application.Behaviors;

/// <summary>
/// One structured line per use case: its name, how long it took, and how it ended. The request itself is not
/// logged: it may carry personal data or payment details.
/// </summary>
public sealed partial class LoggingBehavior<TRequest, TResponse>(ILogger<LoggingBehavior<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly string UseCase = typeof(TRequest).Name;

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next();
            var elapsed = Stopwatch.GetElapsedTime(started);
            LogHandled(logger, UseCase, elapsed.TotalMilliseconds);
            return response;
        }
        catch (Exception exception)
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            var error = exception.GetType().Name;
            LogFailed(logger, UseCase, elapsed.TotalMilliseconds, error);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Handled {UseCase} in {ElapsedMs:0.0} ms")]
    private static partial void LogHandled(ILogger logger, string useCase, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{UseCase} ended with {Error} after {ElapsedMs:0.0} ms")]
    private static partial void LogFailed(ILogger logger, string useCase, double elapsedMs, string error);
}
