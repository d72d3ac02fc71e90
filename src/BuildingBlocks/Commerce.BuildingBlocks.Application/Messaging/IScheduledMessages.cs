namespace Commerce.BuildingBlocks.Application.Messaging;

/// <summary>
/// Messages a context sends itself for later: a deadline, a retry. Stored with the command's own changes and
/// delivered once due, on whichever node is up then; never before the commit, never lost after it.
/// </summary>
public interface IScheduledMessages
{
    Task ScheduleAsync(object message, DateTimeOffset dueAt, CancellationToken cancellationToken);
}

/// <summary>Handles a scheduled message when it is due: a thin adapter that sends the use case through MediatR.</summary>
public interface IScheduledMessageConsumer<in TMessage>
{
    Task ConsumeAsync(TMessage message, CancellationToken cancellationToken);
}
