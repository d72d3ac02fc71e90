using Commerce.BuildingBlocks.Application.Messaging;

namespace Commerce.BuildingBlocks.Application.DeadLetters.ListDeadLetters;

public sealed record ListDeadLetters(int SampleSize = 10) : IQuery<IReadOnlyList<DeadLetterSummary>>;
