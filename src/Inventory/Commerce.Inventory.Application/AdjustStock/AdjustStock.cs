using System.Globalization;
using Commerce.BuildingBlocks.Application.Idempotency;
using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Inventory.Application.Stock;

namespace Commerce.Inventory.Application.AdjustStock;

/// <summary>Adds (restock, positive) or removes (shrinkage, negative) units.</summary>
/// <param name="IdempotencyKey">The client's key: a retry replays the first answer instead of moving the stock again.</param>
public sealed record AdjustStock(Guid ProductId, int? Delta, string? IdempotencyKey = null) : ICommand<StockDto>, IIdempotentCommand
{
    public string IdempotencyScope => ProductId.ToString();

    public string Fingerprint() => Delta?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
