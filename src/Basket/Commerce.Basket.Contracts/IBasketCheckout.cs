namespace Commerce.Basket.Contracts;

/// <summary>
/// How checkout takes a basket: its lines priced from the catalog at that moment, and the basket emptied in the same
/// unit of work as the order that replaces it. Either both commit or neither does.
/// </summary>
public interface IBasketCheckout
{
    /// <returns>The lines to order, or null when the basket is empty or does not exist.</returns>
    Task<CheckedOutBasket?> TakeAsync(string userName, CancellationToken cancellationToken);
}

public sealed record CheckedOutBasket(string UserName, string Currency, IReadOnlyList<CheckedOutLine> Lines);

public sealed record CheckedOutLine(Guid ProductId, string ProductName, decimal UnitPrice, int Quantity, string? Color = null);
