using Commerce.BuildingBlocks.Domain;
using Commerce.Inventory.Application.Ports;
using Commerce.Inventory.Application.Stock;
using MediatR;

namespace Commerce.Inventory.Application.GetStock;

internal sealed class GetStockHandler(IStockRepository stock) : IRequestHandler<GetStock, StockDto>
{
    public async Task<StockDto> Handle(GetStock request, CancellationToken cancellationToken) =>
        StockDto.From(await stock.FindAsync(request.ProductId, cancellationToken) ?? throw new NotFoundException("Stock item", request.ProductId));
}
