using Commerce.BuildingBlocks.Domain;
using Commerce.Catalog.Contracts;
using Commerce.Inventory.Application.Ports;
using Commerce.Inventory.Application.Stock;
using Commerce.Inventory.Domain.Stock;
using MediatR;

namespace Commerce.Inventory.Application.SetStock;

internal sealed class SetStockHandler(IStockRepository stock, IProductCatalog catalog, StockLevelEvents levels, TimeProvider clock) : IRequestHandler<SetStock, StockDto>
{
    public async Task<StockDto> Handle(SetStock request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var item = await stock.FindAsync(request.ProductId, cancellationToken);
        if (item is null)
        {
            // Stock is kept for what the catalog sells: units of a product it never had could never be ordered.
            _ = await catalog.FindAsync(request.ProductId, cancellationToken) ?? throw new NotFoundException("Product", request.ProductId);
            item = StockItem.For(request.ProductId, now);
        }

        var before = item.Level;
        item.Set(request.OnHand!.Value, request.LowStockThreshold ?? item.LowStockThreshold, now);
        stock.Save(item);
        await levels.PublishAsync(item, before, productName: null, now, cancellationToken);
        return StockDto.From(item);
    }
}
