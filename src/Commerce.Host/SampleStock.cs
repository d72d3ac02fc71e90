using Commerce.BuildingBlocks.Domain;
using Commerce.Catalog.Application.ListProducts;
using Commerce.Inventory.Application.GetStock;
using Commerce.Inventory.Application.SetStock;
using MediatR;

namespace Commerce.Host;

/// <summary>
/// Development's sample shop sells from stock: every sample product without a stock item gets one at start, through
/// Catalog's and Inventory's own use cases, so a newcomer's first checkout is confirmed rather than cancelled.
/// </summary>
internal sealed partial class SampleStock(IServiceScopeFactory scopes, ILogger<SampleStock> logger) : IHostedService
{
    public const int UnitsPerProduct = 100;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var stocked = 0;
        for (var page = 1; ; page++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            var products = await mediator.Send(new ListProducts(page, 100), cancellationToken);
            foreach (var product in products.Items)
            {
                if (!await HasStockAsync(scopes, product.Id, cancellationToken))
                {
                    await using var write = scopes.CreateAsyncScope();
                    await write.ServiceProvider.GetRequiredService<IMediator>().Send(new SetStock(product.Id, UnitsPerProduct, 5), cancellationToken);
                    stocked++;
                }
            }

            if (page * 100 >= products.TotalCount)
            {
                break;
            }
        }

        if (stocked > 0)
        {
            Stocked(logger, stocked, UnitsPerProduct);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sample data: {Count} products stocked with {Units} units each")]
    private static partial void Stocked(ILogger logger, int count, int units);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task<bool> HasStockAsync(IServiceScopeFactory scopes, Guid productId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetStock(productId), cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
