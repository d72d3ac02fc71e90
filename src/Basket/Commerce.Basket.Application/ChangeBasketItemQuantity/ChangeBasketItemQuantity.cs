using Commerce.Basket.Application.Baskets;
using Commerce.BuildingBlocks.Application.Messaging;

namespace Commerce.Basket.Application.ChangeBasketItemQuantity;

public sealed record ChangeBasketItemQuantity(string UserName, Guid ProductId, int? Quantity) : ICommand<BasketDto>;
