namespace Commerce.Basket.Application.Baskets;

public sealed record BasketDto(
    string UserName,
    IReadOnlyList<BasketLineDto> Items,
    int ItemCount,
    decimal Subtotal,
    string? Currency,
    DateTimeOffset? UpdatedAt);

public sealed record BasketLineDto(Guid ProductId, string ProductName, decimal UnitPrice, int Quantity, decimal LineTotal, string? Color = null);
