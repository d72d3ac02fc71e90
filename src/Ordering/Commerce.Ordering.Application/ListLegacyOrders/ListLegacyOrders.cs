using Commerce.BuildingBlocks.Application.Messaging;

namespace Commerce.Ordering.Application.ListLegacyOrders;

/// <summary>Orders as the old serverless shop listed them: all at once, newest first.</summary>
/// <param name="MaxItems">More matching orders than this are refused, not listed.</param>
/// <param name="UserName">Only this user's orders; null lists everyone's.</param>
/// <param name="OrderDate">Only orders placed at or after this instant.</param>
public sealed record ListLegacyOrders(int MaxItems, string? UserName = null, DateTimeOffset? OrderDate = null) : IQuery<IReadOnlyList<LegacyOrder>>;

public sealed record LegacyOrderItem(Guid ProductId, string ProductName, int Quantity, string? Color, decimal Price);

/// <summary>
/// An order in the old shop's fields. The card appears only as its last four digits; <see cref="PaymentMethod"/> is
/// the number or text the client sent (a number stays a number).
/// </summary>
public sealed record LegacyOrder(
    Guid Id,
    string UserName,
    DateTimeOffset OrderDate,
    decimal TotalPrice,
    string FirstName,
    string LastName,
    string Email,
    string Address,
    object? PaymentMethod,
    string CardInfo,
    IReadOnlyList<LegacyOrderItem> Items,
    string Status);
