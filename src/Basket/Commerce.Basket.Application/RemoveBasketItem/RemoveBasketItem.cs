using Commerce.Basket.Application.Baskets;
using Commerce.BuildingBlocks.Application.Messaging;

namespace Commerce.Basket.Application.RemoveBasketItem;

public sealed record RemoveBasketItem(string UserName, Guid ProductId) : ICommand<BasketDto>;
