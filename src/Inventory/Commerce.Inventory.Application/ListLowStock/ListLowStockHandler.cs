using Commerce.Inventory.Application.Ports;
using Commerce.Inventory.Application.Stock;
using MediatR;

namespace Commerce.Inventory.Application.ListLowStock;

internal sealed class ListLowStockHandler(IStockRepository stock) : IRequestHandler<ListLowStock, IReadOnlyList<StockDto>>
{
    public async Task<IReadOnlyList<StockDto>> Handle(ListLowStock request, CancellationToken cancellationToken) =>
        [.. (await stock.ListLowAsync(cancellationToken)).Select(StockDto.From)];
}
