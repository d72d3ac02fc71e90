using MediatR;

namespace Commerce.BuildingBlocks.Application.DeadLetters.ListDeadLetters;

internal sealed class ListDeadLettersHandler(IDeadLetters deadLetters) : IRequestHandler<ListDeadLetters, IReadOnlyList<DeadLetterSummary>>
{
    public Task<IReadOnlyList<DeadLetterSummary>> Handle(ListDeadLetters request, CancellationToken cancellationToken) =>
        deadLetters.ListAsync(request.SampleSize, cancellationToken);
}
