using Commerce.BuildingBlocks.Domain;

namespace Commerce.Basket.Domain.Baskets;

/// <summary>
/// One user's basket. It holds at most <see cref="MaxLines"/> products, each 1 to <see cref="MaxQuantity"/> times,
/// all priced in one currency; its totals are always derived from its lines.
/// </summary>
public sealed class ShoppingBasket
{
    public const int MaxQuantity = 99;
    public const int MaxLines = 50;
    public const int MaxColorLength = 40;

    private ShoppingBasket()
    {
    }

    /// <summary>The user name: one basket per user.</summary>
    public string Id { get; private set; } = string.Empty;

    public IReadOnlyList<BasketLine> Lines { get; private set; } = [];

    /// <summary>The currency of every line; null while the basket is empty.</summary>
    public string? Currency { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int ItemCount => Lines.Sum(l => l.Quantity);

    public decimal Subtotal => Lines.Sum(l => l.LineTotal);

    public bool IsEmpty => Lines.Count == 0;

    public static ShoppingBasket EmptyFor(string? userName) => new() { Id = CheckUserName(userName) };

    public static string CheckUserName(string? userName) =>
        UserName.IsValid(userName)
            ? userName!
            : throw new InvalidValueException("invalid_user_name", $"The user name must be {UserName.Rule}.");

    /// <summary>
    /// Adds a product, or adds to its quantity; the line takes the product's current name and price, and the colour
    /// when one is given (else it keeps the one it had).
    /// </summary>
    public void Add(Guid productId, string productName, Money unitPrice, int quantity, DateTimeOffset now, string? color = null)
    {
        ArgumentNullException.ThrowIfNull(unitPrice);
        CheckQuantity(quantity);
        if (Currency is not null && Currency != unitPrice.Currency)
        {
            throw new DomainException("currency_mismatch", $"The basket is priced in {Currency}; this product is priced in {unitPrice.Currency}.");
        }

        var existing = Lines.FirstOrDefault(l => l.ProductId == productId);
        if (existing is null && Lines.Count >= MaxLines)
        {
            throw new DomainException("basket_full", $"A basket holds at most {MaxLines} different products.");
        }

        var total = CheckQuantity((existing?.Quantity ?? 0) + quantity);
        Replace(productId, new BasketLine(productId, productName, unitPrice.Amount, total, CheckColor(color) ?? existing?.Color));
        Currency = unitPrice.Currency;
        UpdatedAt = now;
    }

    public void ChangeQuantity(Guid productId, int quantity, DateTimeOffset now)
    {
        var line = Find(productId);
        Replace(productId, line with { Quantity = CheckQuantity(quantity) });
        UpdatedAt = now;
    }

    public void Remove(Guid productId, DateTimeOffset now)
    {
        Find(productId);
        Lines = [.. Lines.Where(l => l.ProductId != productId)];
        Currency = Lines.Count == 0 ? null : Currency;
        UpdatedAt = now;
    }

    public void Clear(DateTimeOffset now)
    {
        Lines = [];
        Currency = null;
        UpdatedAt = now;
    }

    private BasketLine Find(Guid productId) =>
        Lines.FirstOrDefault(l => l.ProductId == productId)
        ?? throw new NotFoundException("Basket item", productId);

    private void Replace(Guid productId, BasketLine line)
    {
        var index = Lines.ToList().FindIndex(l => l.ProductId == productId);
        Lines = index < 0 ? [.. Lines, line] : [.. Lines.Take(index), line, .. Lines.Skip(index + 1)];
    }

    /// <summary>A colour is shown back and printed on the order: one line of printable text, as every name is.</summary>
    private static string? CheckColor(string? color) =>
        string.IsNullOrWhiteSpace(color) ? null
        : color.Trim().Length <= MaxColorLength && PlainText.IsOneLine(color.Trim()) ? color.Trim()
        : throw new InvalidValueException("invalid_color", $"The colour must be one line of at most {MaxColorLength} printable characters.");

    private static int CheckQuantity(int quantity) =>
        quantity is >= 1 and <= MaxQuantity
            ? quantity
            : throw new InvalidValueException("invalid_quantity", $"The quantity must be between 1 and {MaxQuantity}.");
}
