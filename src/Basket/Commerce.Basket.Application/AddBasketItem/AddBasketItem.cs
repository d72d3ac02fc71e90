using Commerce.Basket.Application.Baskets;
using Commerce.BuildingBlocks.Application.Messaging;

namespace Commerce.Basket.Application.AddBasketItem;

/// <summary>Adds a product (or more of it). Its name and price come from the catalog, never from the client.</summary>
public sealed record AddBasketItem(string UserName, Guid? ProductId, int? Quantity, string? Color = null) : ICommand<BasketDto>;
