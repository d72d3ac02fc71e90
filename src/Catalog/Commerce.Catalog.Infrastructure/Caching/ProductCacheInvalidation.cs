using Commerce.Catalog.Application.Caching;
using Commerce.Catalog.Domain.Products;
using Marten;
using Marten.Services;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Logging;

namespace Commerce.Catalog.Infrastructure.Caching;

/// <summary>
/// After every commit that wrote a product, whoever wrote it (a use case, the image processor, the old shop's routes,
/// the sample data): its entry and every list page leave the cache. After the commit, never before, so no read
/// between the two can put the old state back.
/// </summary>
internal sealed partial class ProductCacheInvalidation(HybridCache cache, ILogger<ProductCacheInvalidation> logger) : DocumentSessionListenerBase
{
    public override async Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        ArgumentNullException.ThrowIfNull(commit);
        var changed = commit.Updated.Concat(commit.Inserted).OfType<Product>().Select(p => p.Id)
            .Concat(commit.Deleted.Where(d => d.DocumentType == typeof(Product)).Select(d => (Guid)d.Id))
            .Distinct().ToList();
        if (changed.Count == 0)
        {
            return;
        }

        try
        {
            await cache.RemoveAsync(changed.Select(CatalogCache.ProductKey), token);
            await cache.RemoveByTagAsync(CatalogCache.ListsTag, token);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The change is committed; failing its request now would only make the client retry a done change.
            // What stays cached elsewhere expires within Caching:Expiration.
            LogInvalidationFailed(logger, exception, changed.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Removing {Count} changed products from the cache failed; other nodes may read them stale until their entries expire")]
    private static partial void LogInvalidationFailed(ILogger logger, Exception exception, int count);
}
