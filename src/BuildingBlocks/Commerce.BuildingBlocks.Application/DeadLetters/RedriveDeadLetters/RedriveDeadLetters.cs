using System.Globalization;
using Commerce.BuildingBlocks.Application.Idempotency;
using Commerce.BuildingBlocks.Application.Messaging;

namespace Commerce.BuildingBlocks.Application.DeadLetters.RedriveDeadLetters;

/// <param name="Queue">The consuming queue to send its dead letters back to; none: every consuming queue.</param>
/// <param name="Max">At most this many messages per queue in one call.</param>
/// <param name="IdempotencyKey">The operator's key: a retry replays the first answer instead of redriving again.</param>
public sealed record RedriveDeadLetters(string? Queue = null, int Max = RedriveDeadLetters.DefaultMax, string? IdempotencyKey = null)
    : ICommand<IReadOnlyList<Redriven>>, IIdempotentCommand
{
    public const int DefaultMax = 1000;

    public string IdempotencyScope => Queue ?? "*";

    public string Fingerprint() => string.Create(CultureInfo.InvariantCulture, $"{Queue}|{Max}");
}
