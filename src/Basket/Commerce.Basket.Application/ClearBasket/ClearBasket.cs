using Commerce.Basket.Application.Baskets;
using Commerce.BuildingBlocks.Application.Messaging;

namespace Commerce.Basket.Application.ClearBasket;

public sealed record ClearBasket(string UserName) : ICommand<BasketDto>;
