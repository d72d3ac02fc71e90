using MediatR;

namespace Commerce.BuildingBlocks.Application.DeadLetters.RedriveDeadLetters;

internal sealed class RedriveDeadLettersHandler(IDeadLetters deadLetters) : IRequestHandler<RedriveDeadLetters, IReadOnlyList<Redriven>>
{
    public Task<IReadOnlyList<Redriven>> Handle(RedriveDeadLetters request, CancellationToken cancellationToken) =>
        deadLetters.RedriveAsync(request.Queue, request.Max, cancellationToken);
}
