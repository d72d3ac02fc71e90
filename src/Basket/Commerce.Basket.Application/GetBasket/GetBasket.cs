using Commerce.Basket.Application.Baskets;
using Commerce.BuildingBlocks.Application.Messaging;

namespace Commerce.Basket.Application.GetBasket;

public sealed record GetBasket(string UserName) : IQuery<BasketDto>;
