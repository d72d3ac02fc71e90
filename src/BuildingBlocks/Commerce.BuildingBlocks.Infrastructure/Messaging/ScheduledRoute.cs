using Commerce.BuildingBlocks.Application.Messaging;

namespace Commerce.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// A message a context schedules for itself and the consumer that handles it when due. It stays in the process's
/// durable local queue: stored in PostgreSQL with the scheduling transaction, handled by whichever node is up.
/// </summary>
public sealed record ScheduledRoute(Type Message, Type Consumer)
{
    public const string LocalQueue = "scheduled";

    public static ScheduledRoute For<TMessage, TConsumer>()
        where TConsumer : IScheduledMessageConsumer<TMessage> => new(typeof(TMessage), typeof(TConsumer));
}
