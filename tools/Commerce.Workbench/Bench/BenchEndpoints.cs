using Amazon.SQS;
using Amazon.SQS.Model;
using Commerce.BuildingBlocks.Domain;
using Commerce.BuildingBlocks.Infrastructure.Messaging;
using Commerce.BuildingBlocks.Infrastructure.Sqs;
using Commerce.Catalog.Application.ListProductsByCursor;
using Commerce.Catalog.Application.Ports;
using Commerce.Catalog.Domain.Products;
using Commerce.Inventory.Domain.Stock;
using Commerce.Ordering.Domain.Orders;
using Marten;

namespace Commerce.Workbench.Bench;

/// <summary>Seeding at scale (bulk, not through the API) and the host's own measurements, for the driver.</summary>
internal static class BenchEndpoints
{
    public const int Categories = 10;

    public static void MapBenchEndpoints(this IEndpointRouteBuilder app)
    {
        // Products in ten categories, each with plenty of stock; returns the new ids. Each is created a second before
        // the next, as a real catalog grows: with one shared instant, "newest first" would be a 10,000-way tie.
        app.MapPost("/bench/products", async (int count, IDocumentStore store, TimeProvider clock) =>
        {
            var now = clock.GetUtcNow();
            var firstCreated = now.AddSeconds(-count);
            var ids = new List<Guid>(count);
            for (var start = 0; start < count; start += 10_000)
            {
                var products = Enumerable.Range(start, Math.Min(10_000, count - start)).Select(i => Product.Create(
                    Guid.CreateVersion7(),
                    ProductDetails.Create($"B-{Guid.NewGuid():N}"[..20], $"Bench product {i}", $"Product {i} of the benchmark catalog",
                        $"Category {i % Categories}", new Money(1m + (i % 500), "USD"), null),
                    firstCreated.AddSeconds(i))).ToList();
                var stock = products.Select(p =>
                {
                    var item = StockItem.For(p.Id, now);
                    item.Set(StockItem.MaxQuantity, 0, now);
                    return item;
                }).ToList();
                await store.BulkInsertAsync(products);
                await store.BulkInsertAsync(stock);
                ids.AddRange(products.Select(p => p.Id));
            }

            return Results.Ok(ids);
        });

        // Order history: delivered orders of four events each, written as a checkout and its lifecycle would.
        app.MapPost("/bench/history", async (int events, Guid productId, IDocumentStore store, TimeProvider clock) =>
        {
            var orders = events / 4;
            var batches = Enumerable.Range(0, (orders + 499) / 500);
            await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (batch, cancellationToken) =>
            {
                await using var session = store.LightweightSession();
                var now = clock.GetUtcNow();
                for (var i = batch * 500; i < Math.Min(orders, (batch + 1) * 500); i++)
                {
                    var placed = PlacedOrders.For($"history-{i}", productId, now);
                    session.Events.StartStream<Order>(placed.OrderId, placed,
                        new OrderConfirmed(placed.OrderId, now), new OrderShipped(placed.OrderId, "TRACK-1", now), new OrderDelivered(placed.OrderId, now));
                }

                await session.SaveChangesAsync(cancellationToken);
            });
            return Results.Ok(orders * 4);
        });

        // What is still on its way: events not yet sent (the outbox) or not yet handled (the inbox), and messages waiting
        // in (or taken from) consuming queues.
        app.MapGet("/bench/backlog", async (IDocumentStore store, IAmazonSQS sqs, SqsQueues queues, SqsOptions options, IEnumerable<QueueSubscription> subscriptions) =>
        {
            long backlog;
            await using (var session = store.QuerySession())
            {
                backlog = (await session.AdvancedSql.QueryAsync<long>(
                    "select (select count(*) from wolverine.wolverine_incoming_envelopes where status not in ('Handled', 'Scheduled')) + (select count(*) from wolverine.wolverine_outgoing_envelopes)",
                    CancellationToken.None)).Single();
            }

            foreach (var queue in subscriptions.Select(s => SqsQueueName.For(options.QueuePrefix, s.Queue)).Distinct())
            {
                if (await queues.ExistingUrlOfAsync(queue, CancellationToken.None) is not { } url)
                {
                    continue;
                }

                var attributes = await sqs.GetQueueAttributesAsync(new GetQueueAttributesRequest
                {
                    QueueUrl = url,
                    AttributeNames = ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"],
                });
                backlog += attributes.ApproximateNumberOfMessages + attributes.ApproximateNumberOfMessagesNotVisible;
            }

            return Results.Ok(backlog);
        });

        app.MapPost("/bench/message-time", (MessageTimeRecorder recorder) => Results.Ok(recorder.TakeAll()));

        // The catalog's keyset query alone, newest first: no cache, no mapping. Its time at the 500th page against the
        // first is what "as fast deep as at the start" is about; the API's cursor pages sit in the cache on top of it.
        app.MapGet("/bench/keyset", async (string category, string? cursor, int limit, IProductSearch search, CancellationToken cancellationToken) =>
        {
            var filter = ProductFilter.From(1, limit, category, null, null, null, ProductSort.Newest, null);
            var after = cursor is null ? null : ProductCursor.Decode(cursor, ProductSort.Newest);
            return Results.Ok(await search.SearchAfterAsync(filter, after, limit + 1, cancellationToken));
        });
    }
}
