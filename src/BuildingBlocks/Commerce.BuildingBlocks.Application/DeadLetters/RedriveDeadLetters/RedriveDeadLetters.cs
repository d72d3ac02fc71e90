using Commerce.BuildingBlocks.Application.Messaging;

namespace Commerce.BuildingBlocks.Application.DeadLetters.RedriveDeadLetters;

/// <param name="Queue">The consuming queue to send its dead letters back to; none: every consuming queue.</param>
/// <param name="Max">At most this many messages per queue in one call.</param>
public sealed record RedriveDeadLetters(string? Queue = null, int Max = RedriveDeadLetters.DefaultMax) : ICommand<IReadOnlyList<Redriven>>
{
    public const int DefaultMax = 1000;
}
