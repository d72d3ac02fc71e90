using Commerce.BuildingBlocks.Application.Messaging;
using Marten;

namespace Commerce.BuildingBlocks.Infrastructure.Persistence;

internal sealed class MartenUnitOfWork(IDocumentSession session) : IUnitOfWork
{
    public Task SaveChangesAsync(CancellationToken cancellationToken) => session.SaveChangesAsync(cancellationToken);
}
