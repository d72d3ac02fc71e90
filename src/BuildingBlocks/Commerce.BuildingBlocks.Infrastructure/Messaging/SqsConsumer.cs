using System.Diagnostics;
using Commerce.BuildingBlocks.Application.Diagnostics;
using Commerce.BuildingBlocks.Application.Errors;
using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.BuildingBlocks.Infrastructure.Sqs;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Commerce.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// One consuming context's queue: each message is handled in a fresh scope by the context's
/// <see cref="IIntegrationEventConsumer{TEvent}"/>, with its id recorded in the handler's transaction (the inbox).
/// A message already in the inbox is skipped. A conflict (two handlers racing for the same stock) is retried at once
/// in a new scope; any other failure leaves the message for SQS to redeliver and, in the end, dead-letter.
/// </summary>
public sealed class SqsConsumer(
    string queue,
    IReadOnlyDictionary<string, Func<IServiceProvider, string, CancellationToken, Task>> handlers,
    IServiceScopeFactory scopes,
    SqsListener listener,
    SqsOptions options,
    TimeProvider clock) : BackgroundService
{
    private const int ConflictRetries = 20;

    public string QueueName { get; } = SqsQueueName.For(options.QueuePrefix, queue);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => listener.RunAsync(QueueName, HandleAsync, stoppingToken);

    public async Task HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        // The publishing request's trace goes on here: the message's traceparent is the relay's producer span.
        using var activity = CommerceDiagnostics.Source.StartActivity($"{message.MessageType} process", ActivityKind.Consumer, message.TraceParent);
        activity?.SetTag("messaging.system", "aws_sqs");
        activity?.SetTag("messaging.destination.name", QueueName);
        activity?.SetTag("messaging.message.id", message.MessageId);
        var outcome = "handled";
        try
        {
            outcome = await HandleOnceAsync(message, cancellationToken) ? "handled" : "duplicate";
        }
        catch (Exception exception)
        {
            outcome = "failed";
            activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            throw;
        }
        finally
        {
            CommerceDiagnostics.MessagesConsumed.Add(1,
                new KeyValuePair<string, object?>("messaging.destination.name", QueueName),
                new KeyValuePair<string, object?>("event.type", message.MessageType),
                new KeyValuePair<string, object?>("outcome", outcome));
        }
    }

    /// <returns>False when the inbox shows the message was handled before.</returns>
    private async Task<bool> HandleOnceAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        var handle = handlers.GetValueOrDefault(message.MessageType)
            ?? throw new InvalidOperationException($"Queue {QueueName} has no handler for '{message.MessageType}'.");
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var session = services.GetRequiredService<IDocumentSession>();
            var inboxId = $"{QueueName}:{message.MessageId}";
            if (await session.LoadAsync<HandledMessage>(inboxId, cancellationToken) is not null)
            {
                return false;
            }

            session.Insert(new HandledMessage(inboxId, message.MessageType, clock.GetUtcNow()));
            try
            {
                await handle(services, message.Body, cancellationToken);
                await session.SaveChangesAsync(cancellationToken); // the inbox row, when the handler wrote nothing else
                return true;
            }
            catch (Exception exception) when (attempt < ConflictRetries && IsConflict(services, exception))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 25 * attempt)), cancellationToken);
            }
        }
    }

    private static bool IsConflict(IServiceProvider services, Exception exception) =>
        exception is ConflictException
        || services.GetServices<IExceptionTranslator>().Any(t => t.Translate(exception) is ConflictException);
}
