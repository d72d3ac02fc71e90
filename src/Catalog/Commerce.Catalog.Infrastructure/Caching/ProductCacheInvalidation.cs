using Commerce.Catalog.Application.Caching;
using Commerce.Catalog.Domain.Availability;
using Commerce.Catalog.Domain.Products;
using Commerce.Catalog.Domain.Reviews;
using Marten;
using Marten.Services;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Logging;

namespace Commerce.Catalog.Infrastructure.Caching;

/// <summary>
/// After every commit that changed what a product shows, whoever wrote it (a use case, the image processor, the old
/// shop's routes, the sample data, a review, Inventory's stock level): its entry and the list pages leave the cache.
/// After the commit, never before, so no read between the two can put the old state back. A stock level that only
/// moved the count keeps the list pages: they are dropped when a product goes in or out of stock.
/// </summary>
internal sealed partial class ProductCacheInvalidation(HybridCache cache, ILogger<ProductCacheInvalidation> logger) : DocumentSessionListenerBase
{
    public override async Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        ArgumentNullException.ThrowIfNull(commit);
        var written = commit.Updated.Concat(commit.Inserted).ToList();
        var stock = written.OfType<ProductAvailability>().ToList();
        var listed = written.OfType<Product>().Select(p => p.Id)
            .Concat(commit.Deleted.Where(d => d.DocumentType == typeof(Product)).Select(d => (Guid)d.Id))
            .Concat(commit.GetEvents().Select(e => e.Data).OfType<IReviewEvent>().Select(e => e.ProductId))
            .Concat(stock.Where(a => a.StockStatusChanged).Select(a => a.Id))
            .ToHashSet();
        var changed = listed.Concat(stock.Select(a => a.Id)).Distinct().ToList();
        if (changed.Count == 0)
        {
            return;
        }

        try
        {
            await cache.RemoveAsync(changed.Select(CatalogCache.ProductKey), token);
            if (listed.Count > 0)
            {
                await cache.RemoveByTagAsync(CatalogCache.ListsTag, token);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The change is committed; failing its request now would only make the client retry a done change.
            // Redis refusing is not this case (the cache retries that itself, when Redis is back); what stays
            // cached after anything else expires within Caching:Expiration.
            LogInvalidationFailed(logger, exception, changed.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Removing {Count} changed products from the cache failed; other nodes may read them stale until their entries expire")]
    private static partial void LogInvalidationFailed(ILogger logger, Exception exception, int count);
}
