using Commerce.BuildingBlocks.Domain;
using Commerce.Inventory.Application.Ports;
using Commerce.Inventory.Application.Stock;
using MediatR;

namespace Commerce.Inventory.Application.AdjustStock;

internal sealed class AdjustStockHandler(IStockRepository stock, StockLevelEvents levels, TimeProvider clock) : IRequestHandler<AdjustStock, StockDto>
{
    public async Task<StockDto> Handle(AdjustStock request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var item = await stock.FindAsync(request.ProductId, cancellationToken) ?? throw new NotFoundException("Stock item", request.ProductId);
        var before = item.Level;
        item.Adjust(request.Delta!.Value, now);
        stock.Save(item);
        await levels.PublishAsync(item, before, productName: null, now, cancellationToken);
        return StockDto.From(item);
    }
}
