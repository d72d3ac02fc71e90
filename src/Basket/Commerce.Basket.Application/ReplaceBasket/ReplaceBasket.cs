using Commerce.Basket.Application.Baskets;
using Commerce.BuildingBlocks.Application.Messaging;

namespace Commerce.Basket.Application.ReplaceBasket;

/// <summary>Sets the whole basket at once (what the old serverless shop's clients do); names and prices come from the catalog.</summary>
public sealed record ReplaceBasket(string UserName, IReadOnlyList<BasketItemInput>? Items) : ICommand<BasketDto>;

public sealed record BasketItemInput(Guid? ProductId, int? Quantity, string? Color = null);
