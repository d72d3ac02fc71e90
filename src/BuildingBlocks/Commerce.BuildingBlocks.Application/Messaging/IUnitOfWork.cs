namespace Commerce.BuildingBlocks.Application.Messaging;

/// <summary>Commits everything a command's handler changed, in one transaction.</summary>
public interface IUnitOfWork
{
    Task SaveChangesAsync(CancellationToken cancellationToken);
}
